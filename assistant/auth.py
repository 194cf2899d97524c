"""Secrets, instructor login and login throttling; everything decided on the server.

Only a *hash* of the instructor password is configured
(``ASSISTANT_INSTRUCTOR_PASSWORD_HASH``); without one the instructor area is
off and says how to turn it on. Choices made here:

* **scrypt** (memory-hard, in :mod:`hashlib`) with a self-describing string
  ``scrypt$<n>$<r>$<p>$<salt>$<hash>`` (URL-safe base64, no padding), so the
  cost can be raised later without breaking stored hashes. ``n = 2**15, r = 8``
  costs about 32 MiB and some 50–100 ms per check: cheap for one login, slow
  for guessing. Passwords are NFC-normalised first (the same password typed
  on two keyboards may arrive composed or decomposed), and hashes are compared
  with :func:`hmac.compare_digest`.
* **One secret, one key per job.** ``ASSISTANT_SESSION_SECRET`` (or a random
  key created once in the data directory) is never used directly:
  :func:`derive_key` gives each job its own key (signing the session cookie,
  signing anything else), so a key that leaks from one job opens nothing
  else. Nothing derived from it is ever rendered into the page.
* **Instructor sessions live on the server.** Logging in attaches the
  instructor role to the browser's server-issued session id
  (:mod:`assistant.web.identity`), recorded through :class:`SessionGrants` —
  the learner database by default, so that every app instance sharing it
  agrees. No token travels through the page or a Gradio component. Sessions
  expire (8 hours by default), end on logout, and end for everybody when the
  password changes (each grant records a fingerprint of the password hash).
* **Throttling, not lockout** (:class:`LoginThrottle`). Wrong passwords slow
  the next attempt from the same address (exponential back-off after a few
  free tries, capped) and, across all addresses, the account (a gentler cap),
  so guessing is slow. A browser session that has logged in successfully
  before is exempt from the per-address wait, so an attacker behind the same
  office NAT cannot lock the real instructor out of their usual browser.
  Counts live in memory, per process.
"""

from __future__ import annotations

import argparse
import base64
import getpass
import hashlib
import hmac
import os
import secrets
import sys
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from assistant.config import Settings
from assistant.errors import AssistantError, ConfigError

SCHEME = "scrypt"
DEFAULT_N, DEFAULT_R, DEFAULT_P = 2**15, 8, 1
SALT_BYTES, KEY_BYTES = 16, 32
MIN_PASSWORD_CHARS = 12
MIN_SECRET_CHARS = 32
SESSION_SECONDS = 8 * 3600
#: Wrong passwords allowed from one address before it must wait.
FREE_FAILURES_PER_ADDRESS = 5
#: Wrong passwords allowed across all addresses (per window) before everyone untrusted waits.
FREE_FAILURES_PER_ACCOUNT = 20
BACKOFF_SECONDS = 2.0
MAX_ADDRESS_WAIT_SECONDS = 300.0
MAX_ACCOUNT_WAIT_SECONDS = 30.0
#: Failures older than this are forgotten.
FAILURE_WINDOW_SECONDS = 3600.0
#: How long a browser session that logged in stays exempt from the per-address wait.
TRUSTED_SESSION_SECONDS = 30 * 24 * 3600.0

DISABLED_MESSAGE = (
    "The instructor area is off: no instructor password is set. Run "
    "`assistant instructor hash-password`, put the line it prints in your .env file "
    "(or set ASSISTANT_INSTRUCTOR_PASSWORD_HASH), then restart the app."
)


class AuthenticationError(AssistantError):
    """Wrong password or throttled; the message is safe to show."""


class LockedOutError(AuthenticationError):
    """Too many wrong passwords recently: wait ``retry_after`` seconds before the next try."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(
            f"Too many wrong passwords. Try again in {max(1, round(retry_after))} seconds."
        )
        self.retry_after = retry_after


# -- secrets ------------------------------------------------------------------------


def derive_key(secret: str, purpose: str) -> str:
    """A key for one job (``purpose``) derived from the configured secret (HMAC-SHA256)."""
    digest = hmac.new(secret.encode("utf-8"), b"agora-tutor/" + purpose.encode("ascii"),
                      hashlib.sha256)
    return digest.hexdigest()


def server_secret(settings: Settings) -> str:
    """The one secret every key is derived from; never sent to a browser.

    ``ASSISTANT_SESSION_SECRET`` when set (at least 32 characters; required
    when several app instances must accept each other's cookies), else a
    random key created once in the data directory (readable by the app's user
    only), so that sessions survive a restart.
    """
    if settings.session_secret:
        if len(settings.session_secret) < MIN_SECRET_CHARS:
            raise ConfigError(
                f"ASSISTANT_SESSION_SECRET must be at least {MIN_SECRET_CHARS} characters; "
                'generate one with: python -c "import secrets; print(secrets.token_urlsafe(32))"'
            )
        return settings.session_secret
    path = Path(settings.data_dir) / "session.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another instance created it meanwhile
            pass
        else:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(secrets.token_urlsafe(32))
    return path.read_text("utf-8").strip()


def session_key(session: str) -> str:
    """What is stored for a session id (its SHA-256), so a database copy hands out nothing."""
    return hashlib.sha256(session.encode("utf-8")).hexdigest()


def password_tag(password_hash: str) -> str:
    """A fingerprint of the configured password hash (a new password ends all sessions)."""
    return hashlib.sha256(password_hash.strip().encode("utf-8")).hexdigest()[:32]


# -- password hashes ---------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    # NFC: the same password typed on two keyboards may arrive composed or decomposed.
    return hashlib.scrypt(
        unicodedata.normalize("NFC", password).encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        dklen=length,
        maxmem=256 * n * r + 2**20,
    )


def hash_password(
    password: str, *, n: int = DEFAULT_N, r: int = DEFAULT_R, p: int = DEFAULT_P
) -> str:
    """A salted scrypt hash of ``password`` as ``scrypt$n$r$p$salt$hash``."""
    if not password:
        raise ConfigError("The instructor password cannot be empty.")
    salt = secrets.token_bytes(SALT_BYTES)
    key = _scrypt(password, salt, n, r, p, KEY_BYTES)
    return f"{SCHEME}${n}${r}${p}${_b64(salt)}${_b64(key)}"


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes]:
    parts = stored.strip().split("$")
    try:
        if len(parts) != 6 or parts[0] != SCHEME:
            raise ValueError("expected scrypt$n$r$p$salt$hash")
        n, r, p = (int(x) for x in parts[1:4])
        if n < 2 or n & (n - 1) or n > 2**20 or not 1 <= r <= 32 or not 1 <= p <= 16:
            raise ValueError("scrypt parameters out of range")
        salt, key = _unb64(parts[4]), _unb64(parts[5])
        if len(salt) < 8 or len(key) < 16:
            raise ValueError("salt or hash too short")
    except ValueError as exc:
        raise ConfigError(
            f"ASSISTANT_INSTRUCTOR_PASSWORD_HASH is not a valid password hash ({exc}). "
            "Create one with `assistant instructor hash-password` and copy the whole line."
        ) from exc
    return n, r, p, salt, key


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches the stored hash; a malformed hash is a ConfigError."""
    n, r, p, salt, key = _parse(stored)
    candidate = _scrypt(password, salt, n, r, p, len(key))
    return hmac.compare_digest(candidate, key)


# -- sessions and throttling ---------------------------------------------------------


class SessionGrants(Protocol):
    """Where instructor sessions are recorded (the learner store implements it)."""

    def grant(self, key: str, expires_at: float, tag: str) -> None: ...
    def lookup(self, key: str) -> tuple[float, str] | None: ...
    def revoke(self, key: str) -> None: ...


class MemoryGrants:
    """Instructor sessions in this process only (tests, or an app without a store)."""

    def __init__(self) -> None:
        self._rows: dict[str, tuple[float, str]] = {}
        self._lock = threading.Lock()

    def grant(self, key: str, expires_at: float, tag: str) -> None:
        with self._lock:
            self._rows[key] = (expires_at, tag)

    def lookup(self, key: str) -> tuple[float, str] | None:
        with self._lock:
            return self._rows.get(key)

    def revoke(self, key: str) -> None:
        with self._lock:
            self._rows.pop(key, None)


@dataclass
class _Failures:
    times: list[float]


class LoginThrottle:
    """Exponential back-off per address and per account; trusted sessions skip the first.

    After ``FREE_FAILURES_PER_ADDRESS`` wrong passwords within the window, the
    address waits ``BACKOFF_SECONDS * 2**(extra failures)`` seconds after its
    last failure (capped at ``MAX_ADDRESS_WAIT_SECONDS``) before it may try
    again; across all addresses, past ``FREE_FAILURES_PER_ACCOUNT`` failures
    every untrusted session waits the same way with a lower cap. A session
    that logged in successfully within ``TRUSTED_SESSION_SECONDS`` is exempt
    from the per-address wait (the real instructor's browser behind a shared
    NAT) but not from the account's. A correct password clears its address.
    """

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._address: dict[str, list[float]] = {}
        self._account: list[float] = []
        self._trusted: dict[str, float] = {}  # session key -> trusted until
        self._lock = threading.Lock()

    @staticmethod
    def _wait(failures: list[float], free: int, cap: float, now: float) -> float:
        extra = len(failures) - free
        if extra < 0 or not failures:
            return 0.0
        return max(0.0, failures[-1] + min(BACKOFF_SECONDS * 2**extra, cap) - now)

    def _forget_old(self, now: float) -> None:
        cutoff = now - FAILURE_WINDOW_SECONDS
        self._account = [t for t in self._account if t > cutoff]
        for address in list(self._address):
            kept = [t for t in self._address[address] if t > cutoff]
            if kept:
                self._address[address] = kept
            else:
                del self._address[address]
        self._trusted = {k: until for k, until in self._trusted.items() if until > now}

    def retry_after(self, address: str, session: str | None) -> float:
        """Seconds this address/session must still wait before trying (0: go ahead)."""
        now = self._clock()
        with self._lock:
            self._forget_old(now)
            trusted = session is not None and session_key(session) in self._trusted
            wait = 0.0 if trusted else self._wait(
                self._address.get(address, []), FREE_FAILURES_PER_ADDRESS,
                MAX_ADDRESS_WAIT_SECONDS, now,
            )
            account = self._wait(self._account, FREE_FAILURES_PER_ACCOUNT,
                                 MAX_ACCOUNT_WAIT_SECONDS, now)
            return max(wait, account)

    def failed(self, address: str) -> None:
        """Record a wrong password from ``address``."""
        now = self._clock()
        with self._lock:
            self._address.setdefault(address, []).append(now)
            self._account.append(now)

    def succeeded(self, address: str, session: str | None) -> None:
        """A correct password: clear the address and trust this browser session."""
        now = self._clock()
        with self._lock:
            self._address.pop(address, None)
            if session is not None:
                self._trusted[session_key(session)] = now + TRUSTED_SESSION_SECONDS


class InstructorAuth:
    """Checks the instructor password and which browser sessions are logged in; thread-safe."""

    def __init__(
        self,
        password_hash: str | None,
        *,
        grants: SessionGrants | None = None,
        session_seconds: int = SESSION_SECONDS,
        clock: Callable[[], float] = time.time,
        throttle: LoginThrottle | None = None,
    ) -> None:
        self.password_hash = password_hash or None
        if self.password_hash is not None:
            _parse(self.password_hash)  # fail at start-up, not at the first login
        self.grants: SessionGrants = grants if grants is not None else MemoryGrants()
        self.session_seconds = session_seconds
        self._clock = clock
        self.throttle = throttle or LoginThrottle(clock)

    @classmethod
    def from_settings(cls, settings: Settings, grants: SessionGrants | None = None) -> InstructorAuth:
        """From ``instructor_password_hash``; ``grants`` is usually the learner store."""
        return cls(settings.instructor_password_hash, grants=grants)

    @property
    def enabled(self) -> bool:
        """Whether an instructor password is configured."""
        return self.password_hash is not None

    def login(self, password: str, *, session: str | None, client: str = "") -> None:
        """Log browser ``session`` in; raise AuthenticationError (or LockedOutError) otherwise."""
        if self.password_hash is None:
            raise ConfigError(DISABLED_MESSAGE)
        if not session:
            raise AuthenticationError(
                "Your browser sent no session cookie. Allow cookies for this site and reload."
            )
        wait = self.throttle.retry_after(client, session)
        if wait > 0:
            raise LockedOutError(wait)
        if not verify_password(password, self.password_hash):
            self.throttle.failed(client)
            raise AuthenticationError("Wrong password.")
        self.throttle.succeeded(client, session)
        expires = self._clock() + self.session_seconds
        self.grants.grant(session_key(session), expires, password_tag(self.password_hash))

    def is_instructor(self, session: str | None) -> bool:
        """Whether browser ``session`` is logged in, unexpired, under the current password."""
        if not session or self.password_hash is None:
            return False
        row = self.grants.lookup(session_key(session))
        if row is None:
            return False
        expires, tag = row
        return expires > self._clock() and hmac.compare_digest(
            tag, password_tag(self.password_hash)
        )

    def logout(self, session: str | None) -> None:
        """End ``session``'s instructor login (nothing happens when it has none)."""
        if session:
            self.grants.revoke(session_key(session))


# -- command line ----------------------------------------------------------------


def cmd_hash_password(args: argparse.Namespace, settings: Settings) -> int:
    """Ask for a new instructor password twice and print the settings line with its hash."""
    if getattr(args, "stdin", False):
        password = sys.stdin.readline().rstrip("\r\n")
        again = password
    else:
        password = getpass.getpass("New instructor password: ")
        again = getpass.getpass("Repeat it: ")
    if password != again:
        print("The two passwords differ; nothing was changed.", file=sys.stderr)
        return 1
    if len(password) < MIN_PASSWORD_CHARS:
        print(
            f"Use at least {MIN_PASSWORD_CHARS} characters (a few unrelated words work well).",
            file=sys.stderr,
        )
        return 1
    # Single quotes: the hash contains '$', which a shell or a .env file must not expand.
    print(f"ASSISTANT_INSTRUCTOR_PASSWORD_HASH='{hash_password(password)}'")
    print("Put this line in .env (or the environment) and restart the app.", file=sys.stderr)
    return 0


def add_parser(sub: Any) -> None:
    """Register ``instructor`` and its subcommands on the main parser."""
    instructor = sub.add_parser("instructor", help="the instructor area")
    commands = instructor.add_subparsers(dest="instructor_command", required=True)
    hashing = commands.add_parser(
        "hash-password",
        help="hash a new instructor password for ASSISTANT_INSTRUCTOR_PASSWORD_HASH",
    )
    hashing.add_argument(
        "--stdin", action="store_true", help="read the password from standard input (scripts)"
    )
    hashing.set_defaults(func=cmd_hash_password)
