#!/usr/bin/env bash
# Makes sure MariaDB answers on 127.0.0.1:3306 and that the test user exists:
# installs it (Debian) when absent, starts it when stopped, then creates
#   user leadstatus / leadstatus with all rights on databases named leadstatus_test%.
# Tests create one database per test file and drop it afterwards.
set -euo pipefail

log() { printf 'mariadb: %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
  log "installing mariadb-server"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq mariadb-server >/dev/null
fi

if ! mysqladmin ping --silent >/dev/null 2>&1; then
  log "starting MariaDB"
  as_root mkdir -p /run/mysqld
  as_root chown mysql:mysql /run/mysqld
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  for _ in $(seq 1 60); do
    mysqladmin ping --silent >/dev/null 2>&1 && break
    sleep 1
  done
  mysqladmin ping --silent >/dev/null 2>&1 || { log "MariaDB did not start within 60 s"; exit 1; }
fi

# root logs in through the socket; the tests connect over TCP as their own user.
as_root mysql --protocol=socket -uroot <<'SQL'
CREATE USER IF NOT EXISTS 'leadstatus'@'localhost' IDENTIFIED BY 'leadstatus';
CREATE USER IF NOT EXISTS 'leadstatus'@'127.0.0.1' IDENTIFIED BY 'leadstatus';
GRANT ALL PRIVILEGES ON `leadstatus\_%`.* TO 'leadstatus'@'localhost';
GRANT ALL PRIVILEGES ON `leadstatus\_%`.* TO 'leadstatus'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
log "ready on 127.0.0.1:3306 (user leadstatus)"
