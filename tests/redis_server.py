"""A real redis-server for the cluster tests: Debian's `redis-server` (installed by `make test`),
started on a free loopback port with no persistence (AOF only when a test asks for it), stopped
by its pid."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import redis

REDIS_SERVER = shutil.which("redis-server")


@dataclass
class TlsFiles:
    cert: Path
    key: Path


@dataclass
class RedisServer:
    port: int
    dir: Path
    password: str | None = None
    aof: bool = False
    tls: TlsFiles | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        auth = f":{self.password}@" if self.password else ""
        if self.tls:
            return f"rediss://{auth}127.0.0.1:{self.port}/0?ssl_ca_certs={self.tls.cert}"
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url)

    def start(self) -> None:
        if REDIS_SERVER is None:
            pytest.fail("redis-server is not installed: `make test` installs Debian's package")
        command = [REDIS_SERVER, "--bind", "127.0.0.1", "--dir", str(self.dir), "--save", ""]
        if self.tls:
            command += ["--port", "0", "--tls-port", str(self.port)]
            command += ["--tls-cert-file", str(self.tls.cert), "--tls-key-file", str(self.tls.key)]
            command += ["--tls-ca-cert-file", str(self.tls.cert), "--tls-auth-clients", "no"]
        else:
            command += ["--port", str(self.port)]
        if self.aof:
            command += ["--appendonly", "yes", "--appendfsync", "always"]
        else:
            command += ["--appendonly", "no"]
        if self.password:
            command += ["--requirepass", self.password]
        log = (self.dir / "redis.log").open("ab")
        self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    break
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not start: {command}") from None
                time.sleep(0.02)
        if not self.tls:
            deadline = time.monotonic() + 10
            while True:  # listening comes before the AOF is loaded
                try:
                    self.client().ping()
                    return
                except redis.BusyLoadingError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.02)

    def stop(self) -> None:
        """SIGTERM by pid: Redis writes what it must (the AOF) and exits."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def redis_server(
    folder: Path, *, password: str | None = None, aof: bool = False, tls: TlsFiles | None = None
) -> Iterator[RedisServer]:
    folder.mkdir(parents=True, exist_ok=True)
    server = RedisServer(free_port(), folder, password, aof, tls)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def self_signed_certificate(folder: Path) -> TlsFiles:
    """A certificate for 127.0.0.1 made by openssl, trusted by the test's client."""
    files = TlsFiles(folder / "cert.pem", folder / "key.pem")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(files.key), "-out", str(files.cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return files
