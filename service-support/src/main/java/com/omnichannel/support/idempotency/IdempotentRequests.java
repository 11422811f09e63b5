package com.omnichannel.support.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a retryable write once per {@code Idempotency-Key}. The key is recorded in the same transaction as the
 * effect (the command's events join it), so a key is either stored with its answer or not at all:
 * the same key and request replays the first answer; the same key with another request is refused (422);
 * two concurrent requests with one key wait on the key's row and the second replays the first's answer.
 */
@Component
public class IdempotentRequests {

    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Duration retention;

    public IdempotentRequests(TransactionTemplate transactions, JdbcTemplate jdbc, JsonMapper json,
                              @Value("${omnichannel.idempotency.retention:PT24H}") Duration retention) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.json = json;
        this.retention = retention;
    }

    /**
     * @param scope   the operation, e.g. "stock-receipt": one key may be used once per operation
     * @param key     the client's Idempotency-Key, or null to just run the action
     * @param request everything that identifies the request (path variables and body)
     */
    public <T> ResponseEntity<T> run(String scope, String key, Object request, Class<T> bodyType,
                                     Supplier<ResponseEntity<T>> action) {
        if (key == null) {
            return action.get();
        }
        String fingerprint = fingerprint(request);
        return transactions.execute(tx -> {
            Instant now = Instant.now();
            try {
                jdbc.update("insert into idempotency_key (scope, idem_key, fingerprint, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?)", scope, key, fingerprint, Timestamp.from(now),
                        Timestamp.from(now.plus(retention)));
            } catch (DuplicateKeyException seenBefore) {
                return replay(scope, key, fingerprint, bodyType);
            }
            ResponseEntity<T> answer = action.get();
            jdbc.update("update idempotency_key set status_code = ?, body = ? where scope = ? and idem_key = ?",
                    answer.getStatusCode().value(),
                    answer.getBody() == null ? null : json.writeValueAsString(answer.getBody()), scope, key);
            return answer;
        });
    }

    private <T> ResponseEntity<T> replay(String scope, String key, String fingerprint, Class<T> bodyType) {
        record Stored(String fingerprint, int status, String body) {
        }
        List<Stored> rows = jdbc.query(
                "select fingerprint, status_code, body from idempotency_key where scope = ? and idem_key = ?",
                (rs, i) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3)), scope, key);
        if (rows.isEmpty()) {
            throw new IllegalStateException("Idempotency key " + key + " vanished while it was being replayed");
        }
        Stored stored = rows.get(0);
        if (!stored.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReuseException(key);
        }
        T body = stored.body() == null ? null : json.readValue(stored.body(), bodyType);
        return ResponseEntity.status(stored.status()).header("Idempotent-Replayed", "true").body(body);
    }

    private String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Scheduled(fixedDelayString = "${omnichannel.idempotency.cleanup-interval:PT10M}")
    void forgetExpiredKeys() {
        transactions.executeWithoutResult(status -> jdbc.update("delete from idempotency_key where expires_at < ?",
                Timestamp.from(Instant.now())));
    }
}
