"""The ``nkru-tui`` command line: headless commands over the store.

Launching the app is the UI's business: :func:`main` takes a ``launch`` callback
for the no-command case, so this module never imports Textual.
"""

from __future__ import annotations

import datetime
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from store.citation_styles import STYLES
from store.paths import default_db_path
from store.sanitize import clean_line

if TYPE_CHECKING:
    import argparse

    from store.preview import Preview
    from store.store import IngestReport, Store

Launch = Callable[["Store | Callable[[], Store]", "Preview | None"], int]
"""Runs the app on a store, or on a function that opens it (and a preview to show meanwhile); returns the exit
code."""

OPEN_IN_APP_BYTES = 4 * 1024 * 1024
"""Stores larger than this are opened by the app after its first frame rather than before it starts."""


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="nkru-tui",
        description="Browse and compare the figures that news articles give about North Korea's support to Russia.",
    )
    parser.add_argument("--db", type=Path, help="store file (default: $NKRU_TUI_DB or the user data directory)")
    recovery = parser.add_mutually_exclusive_group()
    recovery.add_argument(
        "--restore-backup", action="store_true", help="if the store is unreadable, put its backup (<store>.bak) back"
    )
    recovery.add_argument(
        "--rebuild",
        action="store_true",
        help="if the store is unreadable, move it aside (<store>.broken-<time>) and build a new one from the seeds",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = sub.add_parser("build", help="rebuild the store from a folder of articles (default: the bundled seeds)")
    build.add_argument("--seeds", type=Path, help="folder of .txt/.md articles")
    _add_ingest_options(build)

    ingest = sub.add_parser("ingest", help="add article files or folders (searched recursively) to the store")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    _add_ingest_options(ingest)

    for name, helptext in (
        ("articles", "list the articles"),
        ("claims", "list the figure claims"),
        ("actors", "list the people, organisations, places and groups"),
        ("conflicts", "list the groups of claims whose figures disagree"),
    ):
        listing = sub.add_parser(name, help=helptext)
        listing.add_argument("--json", action="store_true", help="print a JSON array instead of a table")
        if name == "claims":
            listing.add_argument("--article", type=int, metavar="ID", help="only the claims of this article")
            listing.add_argument("--topic", help="only the claims on this topic")

    cite = sub.add_parser("cite", help="print the citation of a claim (or of its conflict group, or of an article)")
    cite.add_argument("claim", type=int, nargs="?", metavar="CLAIM_ID", help="the claim to cite")
    cite.add_argument("--style", choices=STYLES, help="citation style (default: the one chosen in the app, else plain)")
    cite.add_argument("--all", action="store_true", help="cite every claim of the claim's conflict group")
    cite.add_argument("--article", type=int, metavar="ID", help="cite every claim of this article")
    cite.add_argument("--accessed", type=datetime.date.fromisoformat, metavar="YYYY-MM-DD", help="access date")
    return parser


def _add_ingest_options(parser: argparse.ArgumentParser) -> None:
    from store.ingest import MAX_BYTES  # only the commands past the plain launch build the parser

    parser.add_argument("--jobs", type=int, default=1, help="extract with N processes (0: one per core)")
    parser.add_argument(
        "--max-size",
        type=_megabytes,
        default=MAX_BYTES,
        metavar="MB",
        help=f"refuse larger files (default: {MAX_BYTES // 1_048_576})",
    )


def _megabytes(value: str) -> int:
    try:
        size = float(value)
    except ValueError:
        size = -1.0
    if not size > 0:
        import argparse

        raise argparse.ArgumentTypeError(f"{value!r} is not a positive number of megabytes")
    return int(size * 1_048_576)


def main(argv: Sequence[str] | None = None, *, launch: Launch | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    plain, db = _plain_launch(argv)
    if plain and launch is not None:
        from store.preview import open_with_preview, read_preview

        # The store's first rows, written beside it with every write: the app paints them at once and opens
        # the store in a worker (nothing of the store's reading machinery is even imported before that).
        path = db if db is not None else default_db_path()
        preview = read_preview(path)
        if preview is not None:
            return launch(lambda: open_with_preview(path), preview)
    return _main(build_parser().parse_args(argv), launch)


def _plain_launch(argv: Sequence[str]) -> tuple[bool, Path | None]:
    """Whether ``argv`` only opens the app (no arguments, ``--db PATH`` or ``--db=PATH``), and that path.

    The everyday launch is recognised without building the argument parser (with its subcommands, ~3 ms of
    the first paint); everything else, including any doubt, goes through argparse as usual.
    """
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--db" and argv[1] and not argv[1].startswith("-"):
        return True, Path(argv[1])
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > len("--db="):
        return True, Path(argv[0][len("--db=") :])
    return False, None


def _main(args: argparse.Namespace, launch: Launch | None) -> int:
    from store.storage import RecoveryError, StoreCorruptError, recover, recovery_hint
    from store.store import LOCK_TIMEOUT, SchemaError, Store, StoreLockedError

    try:
        if args.restore_backup or args.rebuild:
            path = args.db if args.db is not None else default_db_path()
            _error(recover(path, restore=args.restore_backup, timeout=LOCK_TIMEOUT))
        path = args.db if args.db is not None else default_db_path()
        if args.command is None and launch is not None and _size(path) > OPEN_IN_APP_BYTES:
            from store.preview import open_with_preview

            # A large store without a preview is opened by the app in a worker (which writes the preview for
            # the next launch), so its first screen paints before the parse.
            return launch(lambda: open_with_preview(path), None)
        # `build` replaces the store anyway: building a missing one from the bundled seeds first would be wasted.
        store = Store.open(path, build_missing=args.command != "build")
        return _run(args, store, launch)
    except StoreCorruptError as exc:
        _error(f"{exc}; {recovery_hint(exc.path)}")
        return 1
    except (SchemaError, StoreLockedError, RecoveryError) as exc:
        _error(str(exc))
        return 1
    except BrokenPipeError:
        # The reader went away (`nkru-tui claims --json | head`): not an error worth a message.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:  # e.g. the store's folder is not writable
        _error(f"{exc.filename or args.db or default_db_path()}: {exc.strerror or exc}")
        return 1
    except KeyboardInterrupt:
        _error("interrupted")
        return 130


def _run(args: argparse.Namespace, store: Store, launch: Launch | None) -> int:
    command = args.command
    if command is None:
        if launch is None:
            _error("no command given; see nkru-tui --help")
            return 2
        return launch(store, None)
    if command in ("build", "ingest"):
        from store.cli_progress import ingest_progress  # Rich's progress bar only for the commands that use it
    if command == "build":
        with ingest_progress("Extracting") as progress:
            report = store.rebuild(args.seeds, jobs=args.jobs, progress=progress, max_bytes=args.max_size)
        return _report(report, store)
    if command == "ingest":
        with ingest_progress("Extracting") as progress:
            report = store.ingest(args.paths, jobs=args.jobs, progress=progress, max_bytes=args.max_size)
        return _report(report, store)
    if command == "cite":
        return _cite(args, store)
    if command == "articles":
        rows = store.articles()
    elif command == "claims":
        rows = store.claims(article_id=args.article, topic=args.topic)
    elif command == "actors":
        rows = store.actors()
    else:
        rows = store.conflicts()
    from store.cli_output import print_json, print_table  # Rich tables only for the listing commands

    if args.json:
        print_json(command, rows)
    else:
        print_table(command, rows, store)
    return 0


def _report(report: IngestReport, store: Store) -> int:
    for file, article_id, n_claims in report.added:
        print(f"added {clean_line(file)} as article {article_id} ({n_claims} claims)")
    for file, article_id in report.duplicates:
        print(f"skipped {clean_line(file)}: already stored as article {article_id}")
    for warning in report.warnings:
        _error(f"{warning.file}: warning: {warning.reason}")
    for error in report.errors:
        _error(str(error))
    print(
        f"{len(report.added)} added, {len(report.duplicates)} already stored, {len(report.errors)} refused;"
        f" the store at {store.path} holds {len(store.articles())} articles, {len(store.claims())} claims"
    )
    return 0 if report.ok else 1


def _cite(args: argparse.Namespace, store: Store) -> int:
    if args.article is not None:
        if store.article(args.article) is None:
            _error(f"no article with id {args.article} in {store.path}")
            return 1
        claims = store.claims(article_id=args.article)
    elif args.claim is None:
        _error("cite needs a CLAIM_ID or --article ID")
        return 2
    else:
        claim = store.claim(args.claim)
        if claim is None:
            _error(f"no claim with id {args.claim} in {store.path}")
            return 1
        claims = [claim]
        if args.all:
            conflict = store.conflict(claim.conflict_id) if claim.conflict_id is not None else None
            if conflict is None:
                _error(f"claim {claim.id} is in no conflict group; citing it alone")
            else:
                claims = [c for c in (store.claim(i) for i in conflict.claims) if c is not None]
    pairs = [(c, a) for c in claims if (a := store.article(c.article_id)) is not None]
    if pairs:
        from store.citations import cite_all
        from store.settings import load_citation_style

        print(cite_all(pairs, args.style or load_citation_style(), accessed=args.accessed))
    return 0


def _error(message: str) -> None:
    # File names and reasons can carry terminal escapes: keep them off the terminal, on one line.
    print(f"nkru-tui: {clean_line(message)}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
