"""A TCP proxy on loopback in front of the PostgreSQL server, to cut a station off for real.

``cut()`` stops listening and closes every open connection (the station's sockets see the
server vanish, as when the server program stops); ``stall()`` keeps every socket open
but forwards nothing more and answers no new connection (a cable pulled, a switch off,
the server laptop asleep: the station only notices through its timeouts); ``restore()``
closes what a stall left and listens again on the same port.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from urllib.parse import urlparse, urlunparse


class TcpProxy:
    def __init__(self, server_url: str) -> None:
        parsed = urlparse(server_url)
        self.upstream = (parsed.hostname or "127.0.0.1", parsed.port or 5432)
        self._parsed = parsed
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._listener: socket.socket | None = None
        self._stalled = False
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self.restore()

    @property
    def url(self) -> str:
        """The server URL, through the proxy."""
        netloc = self._parsed.netloc.rsplit("@", 1)
        host = f"127.0.0.1:{self.port}"
        return urlunparse(self._parsed._replace(netloc=f"{netloc[0]}@{host}" if len(netloc)
                                                 == 2 else host))  # fmt: skip

    def restore(self) -> None:
        if self._listener is not None:
            self.cut()  # after a stall: its connections lost bytes, so they end
        self._stalled = False
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stall(self) -> None:
        self._stalled = True

    def cut(self) -> None:
        with self._lock:
            listener, self._listener = self._listener, None
            sockets, self._sockets = self._sockets, []
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            if self._stalled:
                with self._lock:
                    self._sockets.append(client)  # held open, never answered
                continue
            try:
                server = socket.create_connection(self.upstream)
            except OSError:
                client.close()
                continue
            with self._lock:
                if self._listener is not listener:
                    client.close()
                    server.close()
                    return
                self._sockets += [client, server]
            for source, target in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(source, target), daemon=True).start()

    def _pipe(self, source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                if not self._stalled:
                    target.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                target.shutdown(socket.SHUT_WR)
