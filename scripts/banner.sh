#!/usr/bin/env bash
# Printed at the end of `make run`: where to go and who to sign in as.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
web=$PROMISE_WEB_PORT; api=$PROMISE_API_PORT; kc=${PROMISE_KEYCLOAK_URL:-http://localhost:$PROMISE_KEYCLOAK_PORT}
cat <<TXT

  Promise is running.

    Open             http://localhost:$web
    API              http://localhost:$api/api/v1   (reference: http://localhost:$api/api/v1/docs)
    API health       http://localhost:$(api_management_port "$api")/q/health   (and /q/metrics; this host only)
    Keycloak         $kc   (realm "promise")

  Demo sign-ins (demo only: each password is the user name)
    officer.walsall   officer, Walsall (E08000030)
    member.walsall    board member, Walsall (E08000030)
    officer.dudley    officer, Dudley (E08000027)
    analyst           analyst, Walsall and Dudley
    admin             administrator

  Partner system: client "partner-walsall", secret \$PARTNER_WALSALL_SECRET (demo default: partner-walsall-demo-secret)
  Stop with: make stop   (data is kept in .run/run)
TXT
