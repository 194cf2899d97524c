"""Instructor authentication: scrypt hashes, server-side sessions, throttling, keys, the CLI."""

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
from tests.conftest import Clock

FAST = {"n": 2**10, "r": 8, "p": 1}  # the real cost is 2**15; tests need no brute-force margin
PASSWORD = "correct horse battery staple"


@pytest.fixture
def stored() -> str:
    return hash_password(PASSWORD, **FAST)


@pytest.fixture
def clock() -> Clock:
    return Clock(1_750_000_000.0)  # seconds, as time.time() gives them


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


SID, OTHER_SID = "a" * 32, "b" * 32


def test_login_attaches_the_role_to_the_server_session(gate):
    assert not gate.is_instructor(SID)
    gate.login(PASSWORD, session=SID)
    assert gate.is_instructor(SID)
    assert not gate.is_instructor(OTHER_SID)  # another browser is not logged in
    assert not gate.is_instructor(None) and not gate.is_instructor("")
    with pytest.raises(AuthenticationError, match="Wrong password"):
        gate.login("wrong", session=OTHER_SID)
    assert not gate.is_instructor(OTHER_SID)


def test_login_needs_a_session_cookie(gate):
    with pytest.raises(AuthenticationError, match="cookie"):
        gate.login(PASSWORD, session=None)


def test_grants_store_a_hash_of_the_session_id_not_the_id(gate):
    gate.login(PASSWORD, session=SID)
    rows = gate.grants._rows  # type: ignore[attr-defined]
    assert SID not in rows and auth.session_key(SID) in rows


def test_sessions_are_shared_through_the_grants_between_instances(stored, clock):
    grants = auth.MemoryGrants()
    first = InstructorAuth(stored, grants=grants, clock=clock)
    second = InstructorAuth(stored, grants=grants, clock=clock)
    first.login(PASSWORD, session=SID)
    assert second.is_instructor(SID)


def test_sessions_expire(gate, clock):
    gate.login(PASSWORD, session=SID)
    clock.now += auth.SESSION_SECONDS - 1
    assert gate.is_instructor(SID)
    clock.now += 1
    assert not gate.is_instructor(SID)


def test_logout_ends_one_session(gate):
    gate.login(PASSWORD, session=SID)
    gate.login(PASSWORD, session=OTHER_SID)
    gate.logout(SID)
    assert not gate.is_instructor(SID) and gate.is_instructor(OTHER_SID)
    gate.logout(None)  # ignored
    gate.logout("garbage")


def test_changing_the_password_ends_every_session(stored, clock):
    grants = auth.MemoryGrants()
    InstructorAuth(stored, grants=grants, clock=clock).login(PASSWORD, session=SID)
    rotated = InstructorAuth(hash_password("a new long password", **FAST), grants=grants, clock=clock)
    assert not rotated.is_instructor(SID)
    assert InstructorAuth(stored, grants=grants, clock=clock).is_instructor(SID)


def test_derived_keys_differ_per_job_and_never_equal_the_secret():
    secret = "s" * auth.MIN_SECRET_CHARS
    cookie, other = auth.derive_key(secret, "session-cookie"), auth.derive_key(secret, "export")
    assert cookie != other and secret not in (cookie, other)
    assert auth.derive_key(secret, "session-cookie") == cookie  # stable across instances
    assert auth.derive_key("t" * 32, "session-cookie") != cookie


def test_server_secret_is_configured_or_kept_in_the_data_dir(tmp_path):
    with pytest.raises(ConfigError, match="at least 32 characters"):
        auth.server_secret(load_settings(session_secret="short", data_dir=tmp_path))
    configured = "c" * 40
    assert auth.server_secret(load_settings(session_secret=configured, data_dir=tmp_path)) == configured
    settings = load_settings(data_dir=tmp_path)
    first = auth.server_secret(settings)
    assert len(first) >= 32 and auth.server_secret(settings) == first  # survives a restart
    assert (tmp_path / "session.key").stat().st_mode & 0o077 == 0  # owner only


def _fail(gate, times, client, session=None):
    for _ in range(times):
        with pytest.raises(AuthenticationError):
            gate.login("wrong", session=session or OTHER_SID, client=client)


def test_wrong_passwords_slow_an_address_with_growing_waits(gate, clock):
    _fail(gate, auth.FREE_FAILURES_PER_ADDRESS, "10.0.0.1")
    with pytest.raises(LockedOutError) as wait:
        gate.login(PASSWORD, session=SID, client="10.0.0.1")
    assert wait.value.retry_after == pytest.approx(auth.BACKOFF_SECONDS)
    gate.login(PASSWORD, session=SID, client="10.0.0.2")  # other addresses are not slowed
    clock.now += auth.BACKOFF_SECONDS
    _fail(gate, 1, "10.0.0.1")
    with pytest.raises(LockedOutError) as longer:
        gate.login("wrong", session=OTHER_SID, client="10.0.0.1")
    assert longer.value.retry_after == pytest.approx(2 * auth.BACKOFF_SECONDS)
    clock.now += 2 * auth.BACKOFF_SECONDS
    gate.login(PASSWORD, session="c" * 32, client="10.0.0.1")  # the wait is not a lockout
    _fail(gate, 1, "10.0.0.1")  # and a success cleared the address


def test_the_address_wait_is_capped(gate, clock):
    waits = []
    for _ in range(20):
        try:
            gate.login("wrong", session=OTHER_SID, client="10.0.0.9")
        except LockedOutError as exc:
            waits.append(exc.retry_after)
            clock.now += exc.retry_after
        except AuthenticationError:
            clock.now += 0.1
    assert waits and max(waits) <= auth.MAX_ADDRESS_WAIT_SECONDS


def test_an_attacker_behind_the_same_nat_cannot_lock_out_the_instructors_browser(gate, clock):
    gate.login(PASSWORD, session=SID, client="192.0.2.10")  # the instructor's usual browser
    gate.logout(SID)
    _fail(gate, auth.FREE_FAILURES_PER_ADDRESS + 3, "192.0.2.10", session=OTHER_SID)
    with pytest.raises(LockedOutError):  # the attacker's session waits
        gate.login(PASSWORD, session=OTHER_SID, client="192.0.2.10")
    gate.login(PASSWORD, session=SID, client="192.0.2.10")  # the trusted browser gets in
    assert gate.is_instructor(SID)


def test_guessing_from_many_addresses_slows_the_account(gate, clock):
    for i in range(auth.FREE_FAILURES_PER_ACCOUNT + 1):
        _fail(gate, 1, f"198.51.100.{i}")
    with pytest.raises(LockedOutError) as wait:
        gate.login(PASSWORD, session="d" * 32, client="203.0.113.1")
    assert 0 < wait.value.retry_after <= auth.MAX_ACCOUNT_WAIT_SECONDS
    clock.now += auth.FAILURE_WINDOW_SECONDS + 1  # old failures are forgotten
    gate.login(PASSWORD, session="d" * 32, client="203.0.113.1")


def test_without_a_hash_the_area_is_off_and_says_how_to_turn_it_on():
    gate = InstructorAuth(None)
    assert not gate.enabled
    with pytest.raises(ConfigError, match="hash-password"):
        gate.login(PASSWORD, session=SID)


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
