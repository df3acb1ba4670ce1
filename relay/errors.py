"""The relay's exceptions: one hierarchy, each with the answer it deserves.

    RelayError
    ├── SettingsError      a required environment variable is missing or malformed
    ├── StorageError       the database could not durably commit (HTTP 503: Meta retries)
    │   └── SchemaError    the database was made by a newer relay, or is not ours
    ├── AgentError         an agent command cannot be carried out (unknown or duplicate name)
    └── SetupError         the first admin or an admin's request is refused (`code` says why)

Content Meta sends is never an exception: webhook.parse_delivery turns what it
cannot read into `unknown` drafts.
"""


class RelayError(Exception):
    """Base of every error the relay raises on purpose."""


class SettingsError(RelayError):
    """A setting is missing or malformed; the message names the variable."""


class StorageError(RelayError):
    """The store could not commit; nothing of the failed work is visible.

    `transient` is True when the cause is the environment (disk full, I/O error,
    locked database), so the same work may succeed later; False when it is the
    work itself (a constraint it breaks), so retrying it would fail again.
    """

    def __init__(self, message: str, *, transient: bool = True) -> None:
        super().__init__(message)
        self.transient = transient


class SchemaError(StorageError):
    """The database's schema is not one this relay can use."""


class AgentError(RelayError):
    """An agent command cannot be carried out."""


class SetupError(RelayError):
    """Setting the relay up was refused; `code` is the stable reason an answer carries
    (`setup_done`, `wrong_code`, `last_admin`)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
