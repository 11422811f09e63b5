-- The requests of infra/bench.sh's HTTP phases, sent by wrk (ReservationBenchmark runs it):
--   wrk -t2 -c32 -d10s --latency -s infra/bench/wrk.lua <base-url> -- <method> <token> <path> [<count>]
-- A token of "-" sends none. GET sends no body; POST sends a one-unit reservation (no expiry, no Idempotency-Key).
-- A path holding %d gets a random number from 0 to count - 1 in each request: the 1,000 SKUs phase.
local method, token, path, count, fixed

function init(args)
  method, token, path, count = args[1], args[2], args[3], tonumber(args[4] or "0")
  wrk.headers["Content-Type"] = "application/json"
  if token ~= "-" then
    wrk.headers["Authorization"] = "Bearer " .. token
  end
  if method == "POST" then
    wrk.body = '{"quantity":1,"reference":"bench","channel":"WEB","expiresInSeconds":0}'
  end
  if count == 0 then
    fixed = wrk.format(method, path)
  end
end

function request()
  if fixed then
    return fixed
  end
  return wrk.format(method, string.format(path, math.random(0, count - 1)))
end
