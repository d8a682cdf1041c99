"""Who may change the library on a shared server: one admin password, guessing slowed down.

Reading is for everyone. Adding and removing reports through the app needs
the password the server was started with (setting ``admin_password``, from
the environment or the config file, never a command-line flag where other
users could see it in the process list). Without one, changes are off.
"""

from __future__ import annotations

import hmac
import threading
import time
from typing import Callable

from .errors import CwgcopError


class AccessError(CwgcopError):
    """A change to the library was refused (no password set, wrong password, too many tries)."""


class AdminGate:
    """Checks admin passwords; after ``max_failures`` wrong ones in a row, refuses all for ``lockout`` s.

    One gate per server process, shared by every session, so guessing from
    several browser tabs counts together.
    """

    def __init__(self, password: str, max_failures: int = 5, lockout: float = 60.0,
                 clock: Callable[[], float] = time.monotonic):
        self._password = password
        self._max_failures, self._lockout, self._clock = max_failures, lockout, clock
        self._failures = 0
        self._locked_until = 0.0
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        """False when the server was started without an admin password: changes are off."""
        return bool(self._password)

    def check(self, attempt: str) -> None:
        """Return when ``attempt`` is the password; raise AccessError saying why not."""
        if not self.enabled:
            raise AccessError("Changes to the library are off on this server; start it with an admin "
                              "password (CWGCOP_ADMIN_PASSWORD or admin_password in the config file).")
        with self._lock:
            now = self._clock()
            if now < self._locked_until:
                raise AccessError(f"Too many wrong passwords; try again in {self._locked_until - now:.0f} s.")
            if hmac.compare_digest(attempt.encode("utf-8"), self._password.encode("utf-8")):
                self._failures = 0
                return
            self._failures += 1
            if self._failures >= self._max_failures:
                self._failures = 0
                self._locked_until = now + self._lockout
                raise AccessError(f"Wrong password. Too many wrong passwords; try again in {self._lockout:.0f} s.")
            raise AccessError("Wrong password.")
