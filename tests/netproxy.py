"""A small TCP proxy for the tests: the network between Assess and its server, which the test can slow, stall or cut.

- :meth:`Proxy.slow` delays every chunk by some seconds each way (a slow link);
- :meth:`Proxy.stall` stops forwarding: the proxy keeps taking what both sides send and passes nothing on, as a
  network that swallows packets does (neither side's TCP notices, so only a timeout of the client's own helps);
- :meth:`Proxy.resume` forwards again, what was held first;
- :meth:`Proxy.cut` closes every connection through it (both sides see the connection reset or closed).

It listens on 127.0.0.1 on a port of its own and runs on daemon threads, stopped by :meth:`close`.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator


class Proxy:
    def __init__(self, target: tuple[str, int], port: int = 0) -> None:
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", port))
        self.listener.settimeout(0.2)  # accept() wakes up to see whether the proxy was closed
        self.port = self.listener.getsockname()[1]
        self.delay = 0.0
        self._forwarding = threading.Event()
        self._forwarding.set()
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._closed = False
        self._start(self._accept)

    # --- what the test does --------------------------------------------------------------------------------

    def slow(self, seconds: float) -> None:
        self.delay = seconds

    def stall(self) -> None:
        self._forwarding.clear()

    def resume(self) -> None:
        self.delay = 0.0
        self._forwarding.set()

    def cut(self) -> None:
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)  # wakes the pump blocked on it (closing alone would not)
            with contextlib.suppress(OSError):
                sock.close()

    def close(self) -> None:
        self._closed = True
        self._forwarding.set()
        with contextlib.suppress(OSError):
            self.listener.close()
        self.cut()
        for thread in self._threads:
            thread.join(timeout=5)

    # --- forwarding ----------------------------------------------------------------------------------------

    def _start(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            try:
                server = socket.create_connection(self.target, timeout=10)
                server.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets += [client, server]
            self._start(self._pump, client, server)
            self._start(self._pump, server, client)

    def _pump(self, source: socket.socket, destination: socket.socket) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                self._forwarding.wait()
                if self._closed:
                    break
                if self.delay:
                    time.sleep(self.delay)
                destination.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, destination):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


@contextlib.contextmanager
def proxy_to(host: str, port: int) -> Iterator[Proxy]:
    proxy = Proxy((host, port))
    try:
        yield proxy
    finally:
        proxy.close()
