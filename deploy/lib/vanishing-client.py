#!/usr/bin/python3
"""A database client whose host vanishes (ADR 0033's open problem, checked by hand; see the ADR):

  /usr/bin/python3 deploy/lib/vanishing-client.py PORT PASSWORD [HOLD_SECONDS]

connects to 127.0.0.1:PORT as postgres (PGOPTIONS-style settings in PGOPTS, e.g. "-c tcp_keepalives_idle=0"), takes
the transaction-level advisory lock 4242 in an open transaction (as OnceAcrossNodes takes a job's lock), waits
HOLD_SECONDS (default 1), puts its socket into TCP repair mode and exits: the kernel then drops the socket without
sending FIN or RST, as if the host had gone. The other side learns of it only when it sends something, a keepalive
probe (which here, on one machine, the kernel answers with RST; a vanished host answers nothing, so it takes the
probes' count times their interval longer). Watch the lock with
  SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 4242
Needs root (CAP_NET_ADMIN for TCP_REPAIR) and Debian's psycopg2 (python3-psycopg2, which Patroni brings).
"""
import os
import socket
import sys
import time

import psycopg2

TCP_REPAIR = 19

port, password = int(sys.argv[1]), sys.argv[2]
hold = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
conn = psycopg2.connect(host="127.0.0.1", port=port, user="postgres", password=password, dbname="postgres",
                        keepalives=0, options=os.environ.get("PGOPTS", ""))
cur = conn.cursor()
cur.execute("SELECT pg_backend_pid(), pg_advisory_xact_lock(4242)")
print(f"backend {cur.fetchone()[0]} holds advisory lock 4242 in an open transaction", flush=True)
time.sleep(hold)
sock = socket.socket(fileno=os.dup(conn.fileno()))
sock.setsockopt(socket.IPPROTO_TCP, TCP_REPAIR, 1)
print("the client vanishes (socket in repair mode, no FIN, no RST)", flush=True)
os._exit(0)
