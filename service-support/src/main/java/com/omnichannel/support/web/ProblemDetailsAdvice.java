package com.omnichannel.support.web;

import com.omnichannel.support.axon.Writes;
import com.omnichannel.support.domain.BusinessRuleViolation;
import com.omnichannel.support.domain.FieldValidationException;
import com.omnichannel.support.domain.NotFoundException;
import com.omnichannel.support.idempotency.IdempotencyKeyReuseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every error as RFC 9457 problem+json with a stable type URI. Validation problems list the offending
 * fields in {@code errors}; nothing internal (stack traces, SQL) ever reaches the client.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    public record FieldProblem(String field, String message) {

        /** A field of a request body, by its path in the body (e.g. {@code lines[0].quantity}). */
        static FieldProblem of(FieldError f) {
            return new FieldProblem(f.getField(), f.getDefaultMessage() == null ? "is invalid" : f.getDefaultMessage());
        }
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    ProblemDetail conflict(BusinessRuleViolation e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.kind(), "Conflict", e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReuseException.class)
    ProblemDetail idempotencyKeyReuse(IdempotencyKeyReuseException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.IDEMPOTENCY_KEY_REUSE, "Idempotency-Key reused",
                e.getMessage());
    }

    @ExceptionHandler(FieldValidationException.class)
    ProblemDetail invalidField(FieldValidationException e) {
        return validation(List.of(new FieldProblem(e.field(), e.getMessage())));
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthorized(AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, "Unauthorized",
                e instanceof InvalidBearerTokenException ? e.getMessage() : "A valid bearer token is required.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                e instanceof AuthorizationDeniedException
                        ? "This token's role, store or customer does not allow this request."
                        : e.getMessage());
    }

    @ExceptionHandler(RequestSizeLimit.TooLargeException.class)
    ProblemDetail tooLarge(RequestSizeLimit.TooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.TOO_LARGE, "Request too large", e.getMessage());
    }

    @ExceptionHandler(Writes.BusyException.class)
    ResponseEntity<ProblemDetail> busy(Writes.BusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.BUSY, "Busy", e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unhandled error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
                "The request could not be completed; it has been logged.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(FieldProblem::of)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return ResponseEntity.badRequest().body(validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r instanceof ParameterErrors body && body.hasFieldErrors()
                        ? body.getFieldErrors().stream().map(FieldProblem::of)
                        : r.getResolvableErrors().stream().map(err -> new FieldProblem(
                                r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return ResponseEntity.badRequest().body(validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (NestedExceptionUtils.getRootCause(e) instanceof RequestSizeLimit.TooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
        }
        String field = e.getCause() instanceof DatabindException de ? path(de) : null;
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Malformed request body",
                field == null ? "The request body is not valid JSON for this operation."
                        : "The value of '" + field + "' cannot be read.");
        if (field != null) {
            problem.setProperty("errors", List.of(new FieldProblem(field, "cannot be read")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(validation(List.of(new FieldProblem(e.getParameterName(),
                "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        String message = type != null && type.isEnum()
                ? "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "))
                : "cannot be read as " + (type == null ? "this type" : type.getSimpleName());
        return ResponseEntity.badRequest().body(validation(List.of(new FieldProblem(name == null ? "request" : name,
                message))));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType().toString().equals("about:blank")) {
            problem.setType(ProblemTypes.of(status.value() == 404 ? ProblemTypes.NOT_FOUND
                    : status.is4xxClientError() ? ProblemTypes.VALIDATION : ProblemTypes.INTERNAL));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    public static ProblemDetail problem(HttpStatus status, String kind, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.of(kind));
        problem.setTitle(title);
        return problem;
    }

    private static ProblemDetail validation(List<FieldProblem> errors) {
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).distinct()
                .reduce((a, b) -> a + "; " + b).orElse("The request is not valid.");
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request", detail);
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }

    /** The JSON path of the value that could not be read, e.g. {@code price.amount} or {@code channels[0]}. */
    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
