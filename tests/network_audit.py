"""Run ``reviewdesk ARGS…`` under an audit hook that records every network use (for test_no_network.py).

CPython raises audit events for socket creation, connection and name lookup; this
records each one that is not a local (AF_UNIX) socket and prints them as JSON at exit,
so a test sees even a telemetry lookup a library makes in a thread.
"""

from __future__ import annotations

import atexit
import json
import socket
import sys

NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}
seen: list[str] = []


def audit(event: str, args: tuple) -> None:
    if event == "socket.__new__":
        family = args[1] if len(args) > 1 else None
        if family in NETWORK_FAMILIES:
            seen.append(f"{event} family={family}")
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo"):
        seen.append(f"{event} {args[0] if args else ''}")
    elif event in ("socket.connect", "socket.sendto", "socket.bind"):
        address = args[1] if len(args) > 1 else None
        if not isinstance(address, (str, bytes)):  # a Unix socket's address is a path
            seen.append(f"{event} {address}")


sys.addaudithook(audit)
atexit.register(lambda: print("NETWORK " + json.dumps(seen), file=sys.stderr))

if __name__ == "__main__":
    from reviewdesk.launcher import main

    code = main(sys.argv[1:])
    sys.exit(code)
