#!/usr/bin/env bash
# Prints a development bearer token (a JWT signed with infra/dev-jwt/private.pem), which both services accept
# unless JWT_ISSUER_URI or JWT_PUBLIC_KEY_LOCATION point them elsewhere. The token is the last line of the output.
#
#   infra/token.sh --role operations|storefront|pos|customer [--store ID] [--customer ID] [--channel WEB|APP|STORE]
#                  [--ttl SECONDS] [--audience AUD]
#
#   curl -H "Authorization: Bearer $(infra/token.sh --role operations)" http://localhost:8081/v1/locations
set -euo pipefail
script=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
cd "$(dirname "$0")"

usage() { sed -n '5,6p' "$script" | sed 's/^# *//' >&2; exit 2; }
fail() { printf 'token.sh: %s\n' "$*" >&2; exit 2; }

role="" store="" customer="" channel="" ttl=28800 audience=omnichannel
while [ $# -gt 0 ]; do
  case "$1" in
    --role) role=${2:-}; shift 2 ;;
    --store) store=${2:-}; shift 2 ;;
    --customer) customer=${2:-}; shift 2 ;;
    --channel) channel=${2:-}; shift 2 ;;
    --ttl) ttl=${2:-}; shift 2 ;;
    --audience) audience=${2:-}; shift 2 ;;
    -h|--help) usage ;;
    *) fail "unknown argument $1" ;;
  esac
done

id_pattern='^[A-Za-z0-9._-]{1,64}$'
case "$role" in
  operations|storefront) ;;
  pos) [ -n "$store" ] || fail "a pos token needs --store ID (the store it is bound to)" ;;
  customer) [ -n "$customer" ] || fail "a customer token needs --customer ID" ;;
  *) usage ;;
esac
for value in "$store" "$customer" "$audience"; do
  [ -z "$value" ] || [[ "$value" =~ $id_pattern ]] || fail "'$value' is not an id (letters, digits, . _ -)"
done
case "$channel" in ""|WEB|APP|STORE) ;; *) fail "--channel is WEB, APP or STORE" ;; esac
[[ "$ttl" =~ ^[0-9]+$ ]] || fail "--ttl is a number of seconds"

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
claims=$(printf '"iss":"omnichannel-dev","aud":"%s","sub":"%s","roles":["%s"],"iat":%d,"exp":%d' \
  "$audience" "${customer:-$role${store:+-$store}}" "$role" "$now" "$((now + ttl))")
[ -z "$store" ] || claims+=$(printf ',"store_id":"%s"' "$store")
[ -z "$customer" ] || claims+=$(printf ',"customer_id":"%s"' "$customer")
[ -z "$channel" ] || claims+=$(printf ',"channel":"%s"' "$channel")

signing_input="$(printf '{"alg":"RS256","typ":"JWT"}' | b64url).$(printf '{%s}' "$claims" | b64url)"
signature=$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign dev-jwt/private.pem | b64url)
printf '%s.%s\n' "$signing_input" "$signature"
