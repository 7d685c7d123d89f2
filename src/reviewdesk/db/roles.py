"""Who may do what on a team store, enforced by PostgreSQL itself: three group roles and their GRANTs.

*reader* reads (search, export); *reviewer* also annotates and assesses (tags,
links, verdicts, grades, redactions, saved searches); *editor* also imports,
corrects fields and edits vocabularies (every table but the schema's
revision). Each database has its own three group roles, named after it
(``cases_reader`` …), so two team stores on one server never share members.
A person is a login role granted exactly one of them. The server refuses
what a role does not allow, whatever the client: ``Store.session`` turns
that refusal into ``NotAllowed``. ``init`` is idempotent: run it again after
an upgrade that added tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from reviewdesk.db.errors import StoreError

ROLES = ("reader", "reviewer", "editor")
# What a reviewer writes: annotations and assessments, never the documents or the vocabularies.
REVIEWER_TABLES = ("tag", "answer_link", "verdict", "grade", "rejected_suggestion", "saved_search", "redaction",
                   # kept by triggers on those (which run as the writer) and by merges
                   "tombstone", "change_log", "sync_conflict")
_SCHEMA_TABLES = ("alembic_version",)  # written by migrations only, which the database's owner runs


@dataclass(frozen=True)
class Member:
    user: str
    role: str


def _check(store) -> None:
    if not store.location.is_server:
        raise StoreError(store.location, "roles belong to a team store (a postgresql:// URL): a store file is "
                                         "protected by its file permissions and passphrase")


def group_role(database: str, role: str) -> str:
    return f"{database}_{role}"[:63]


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _database(connection: Connection) -> str:
    return connection.exec_driver_sql("SELECT current_database()").scalar()


def _role_exists(connection: Connection, name: str) -> bool:
    return connection.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(n)s", {"n": name}).first() is not None


def _run(store, work):
    from reviewdesk.db import server

    try:
        with store.engine.begin() as connection:
            return work(connection)
    except StoreError:
        raise
    except Exception as exc:
        raise StoreError(store.location, f"the roles could not be changed ({server.reason(exc)})") from exc


def init(store) -> list[str]:
    """Create (or bring up to date) the three group roles of the store's database; their names."""
    _check(store)

    def work(connection: Connection) -> list[str]:
        database = _database(connection)
        names = {role: group_role(database, role) for role in ROLES}
        q = {role: _quote(connection, name) for role, name in names.items()}
        for role, name in names.items():
            if not _role_exists(connection, name):
                connection.exec_driver_sql(f"CREATE ROLE {q[role]} NOLOGIN")
        tables = [t for t in connection.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename").scalars()
            if t not in _SCHEMA_TABLES]
        statements = [
            f"GRANT CONNECT ON DATABASE {_quote(connection, database)} TO {q['reader']}",
            f"GRANT USAGE ON SCHEMA public TO {q['reader']}",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {q['reader']}",
            f"GRANT {q['reader']} TO {q['reviewer']}",
            f"GRANT {q['reviewer']} TO {q['editor']}",
            f"GRANT INSERT, UPDATE, DELETE ON {', '.join(_quote(connection, t) for t in REVIEWER_TABLES)} "
            f"TO {q['reviewer']}",
            f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {q['reviewer']}",
            f"GRANT INSERT, UPDATE, DELETE ON {', '.join(_quote(connection, t) for t in tables)} TO {q['editor']}",
        ]
        for statement in statements:
            connection.exec_driver_sql(statement)
        return list(names.values())

    return _run(store, work)


def grant(store, user: str, role: str) -> Member:
    """Make ``user`` (a login role, created without a password if new) a member of ``role`` only."""
    _check(store)
    if role not in ROLES:
        raise StoreError(store.location, f"{role!r} is not a role; choose from: {', '.join(ROLES)}")

    def work(connection: Connection) -> Member:
        database = _database(connection)
        if not _role_exists(connection, group_role(database, role)):
            raise StoreError(store.location, "the team's roles are not set up yet: run 'reviewdesk team init' first")
        quoted = _quote(connection, user)
        if not _role_exists(connection, user):
            connection.exec_driver_sql(f"CREATE ROLE {quoted} LOGIN")  # its password is the server admin's business
        for other in ROLES:
            connection.exec_driver_sql(f"REVOKE {_quote(connection, group_role(database, other))} FROM {quoted}")
        connection.exec_driver_sql(f"GRANT {_quote(connection, group_role(database, role))} TO {quoted}")
        return Member(user, role)

    return _run(store, work)


def members(store) -> list[Member]:
    """Every login role holding one of the store's roles, by name."""
    _check(store)

    def work(connection: Connection) -> list[Member]:
        database = _database(connection)
        by_group = {group_role(database, role): role for role in ROLES}
        rows = connection.exec_driver_sql(
            "SELECT u.rolname, g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = ANY(%(groups)s) AND u.rolcanlogin "
            "ORDER BY u.rolname", {"groups": list(by_group)}).all()
        return [Member(user, by_group[group]) for user, group in rows]

    return _run(store, work)
