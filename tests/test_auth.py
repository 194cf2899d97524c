"""Instructor authentication: scrypt hashes, signed session tokens, lockout, the CLI hook."""

import argparse
import io

import pytest

from assistant import auth
from assistant.auth import (
    AuthenticationError,
    InstructorAuth,
    LockedOutError,
    hash_password,
    verify_password,
)
from assistant.config import load_settings
from assistant.errors import ConfigError

FAST = {"n": 2**10, "r": 8, "p": 1}  # the real cost is 2**15; tests need no brute-force margin
PASSWORD = "correct horse battery staple"


class Clock:
    def __init__(self) -> None:
        self.now = 1_750_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def stored() -> str:
    return hash_password(PASSWORD, **FAST)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def gate(stored, clock) -> InstructorAuth:
    return InstructorAuth(stored, clock=clock)


def test_hash_is_self_describing_and_salted(stored):
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "1024", "8", "1")
    assert len(auth._unb64(salt)) == 16 and len(auth._unb64(key)) == 32
    assert hash_password(PASSWORD, **FAST) != stored  # a new salt each time
    assert "$" not in salt + key and "=" not in salt + key


def test_default_cost_is_the_documented_one():
    assert hash_password("x" * 12).startswith("scrypt$32768$8$1$")


@pytest.mark.parametrize("password", [PASSWORD, "Ωμέγα κωδικός 🔑", "كلمة المرور السرية"])
def test_verify_accepts_the_password_and_only_it(password):
    stored = hash_password(password, **FAST)
    assert verify_password(password, stored)
    assert not verify_password(password + " ", stored)
    assert not verify_password(password[::-1], stored)
    assert not verify_password("", stored)


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "plain-text-password",
        "bcrypt$12$abc",
        "scrypt$1000$8$1$c2FsdHNhbHQ$aGFzaA",
        "scrypt$x$8$1$a$b",
    ],
)
def test_malformed_hash_is_a_config_error_with_advice(bad):
    with pytest.raises(ConfigError, match="assistant instructor hash-password"):
        verify_password(PASSWORD, bad)


def test_passwords_are_compared_in_one_unicode_form():
    stored = hash_password("caf\u00e9 au lait 2025", **FAST)  # é as one code point
    assert verify_password("cafe\u0301 au lait 2025", stored)  # e + combining accent


def test_empty_password_cannot_be_hashed():
    with pytest.raises(ConfigError):
        hash_password("")


def test_login_issues_a_token_that_checks(gate):
    token = gate.login(PASSWORD)
    assert gate.check_token(token)
    with pytest.raises(AuthenticationError, match="Wrong password"):
        gate.login("wrong")


def test_tampered_and_foreign_tokens_are_refused(gate, stored, clock):
    token = gate.issue_token()
    version, expires, nonce, signature = token.split(".")
    later = f"{version}.{int(expires) + 10**6}.{nonce}.{signature}"
    flipped = f"{version}.{expires}.{nonce}.{'A' if signature[0] != 'A' else 'B'}{signature[1:]}"
    for bad in (later, flipped, token + "x", "", None, "v1.1.2", "v2" + token[2:], "v1.x.y.z"):
        assert not gate.check_token(bad), bad
    other_process = InstructorAuth(stored, clock=clock)  # another random secret
    assert not other_process.check_token(token)


def test_configured_secret_shares_sessions_between_instances(stored, clock):
    secret = "s" * auth.MIN_SECRET_CHARS
    first = InstructorAuth(stored, secret=secret, clock=clock)
    second = InstructorAuth(stored, secret=secret, clock=clock)
    assert second.check_token(first.issue_token())
    with pytest.raises(ConfigError, match="at least 32 characters"):
        InstructorAuth(stored, secret="short")


def test_tokens_expire(gate, clock):
    token = gate.issue_token()
    clock.now += auth.SESSION_SECONDS - 1
    assert gate.check_token(token)
    clock.now += 1
    assert not gate.check_token(token)


def test_logout_revokes_one_token(gate):
    token, other = gate.issue_token(), gate.issue_token()
    gate.logout(token)
    assert not gate.check_token(token) and gate.check_token(other)
    gate.logout("garbage")  # ignored


def test_lockout_after_repeated_failures_then_doubling(gate, clock):
    for _ in range(auth.MAX_FAILURES - 1):
        with pytest.raises(AuthenticationError, match="Wrong password"):
            gate.login("wrong", client="10.0.0.1")
    with pytest.raises(LockedOutError) as locked:
        gate.login("wrong", client="10.0.0.1")
    assert locked.value.retry_after == auth.LOCKOUT_SECONDS
    # While locked even the right password is refused, without hashing anything.
    with pytest.raises(LockedOutError, match="Try again in 30 seconds"):
        gate.login(PASSWORD, client="10.0.0.1")
    assert gate.check_token(gate.login(PASSWORD, client="10.0.0.2"))  # other clients are not locked
    clock.now += auth.LOCKOUT_SECONDS
    with pytest.raises(LockedOutError) as again:
        gate.login("wrong", client="10.0.0.1")
    assert again.value.retry_after == 2 * auth.LOCKOUT_SECONDS
    clock.now += 2 * auth.LOCKOUT_SECONDS
    assert gate.check_token(gate.login(PASSWORD, client="10.0.0.1"))
    with pytest.raises(AuthenticationError, match="Wrong password"):  # the count was reset
        gate.login("wrong", client="10.0.0.1")


def test_lockout_is_capped(stored, clock):
    gate = InstructorAuth(stored, clock=clock, max_failures=1)
    waits = []
    for _ in range(12):
        with pytest.raises(LockedOutError) as locked:
            gate.login("wrong")
        waits.append(locked.value.retry_after)
        clock.now += locked.value.retry_after
    assert waits[:3] == [30, 60, 120] and max(waits) == auth.MAX_LOCKOUT_SECONDS


def test_without_a_hash_the_area_is_off_and_says_how_to_turn_it_on():
    gate = InstructorAuth(None)
    assert not gate.enabled
    with pytest.raises(ConfigError, match="hash-password"):
        gate.login(PASSWORD)


def test_a_malformed_configured_hash_fails_at_start():
    with pytest.raises(ConfigError, match="not a valid password hash"):
        InstructorAuth("scrypt$oops")


def test_from_settings_without_a_hash_is_disabled():
    gate = InstructorAuth.from_settings(load_settings())
    assert not gate.enabled


def test_cli_hash_password_prints_an_env_line(monkeypatch, capsys):
    answers = iter([PASSWORD, PASSWORD])
    monkeypatch.setattr(auth.getpass, "getpass", lambda prompt: next(answers))
    monkeypatch.setattr(auth, "DEFAULT_N", 2**10)
    assert auth.cmd_hash_password(argparse.Namespace(stdin=False), load_settings()) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("ASSISTANT_INSTRUCTOR_PASSWORD_HASH='scrypt$") and line.endswith("'")
    assert verify_password(PASSWORD, line.split("'")[1])


@pytest.mark.parametrize(
    "answers, message", [(["a" * 12, "b" * 12], "differ"), (["short", "short"], "at least 12")]
)
def test_cli_refuses_mismatch_and_short_passwords(monkeypatch, capsys, answers, message):
    typed = iter(answers)
    monkeypatch.setattr(auth.getpass, "getpass", lambda prompt: next(typed))
    assert auth.cmd_hash_password(argparse.Namespace(stdin=False), load_settings()) == 1
    out = capsys.readouterr()
    assert message in out.err and out.out == ""


def test_cli_reads_stdin_and_registers_its_parser(monkeypatch, capsys):
    parser = argparse.ArgumentParser()
    auth.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["instructor", "hash-password", "--stdin"])
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert args.func(args, load_settings()) == 0
    assert verify_password(PASSWORD, capsys.readouterr().out.split("'")[1])
