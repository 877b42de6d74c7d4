"""The command line: listings, JSON fields, ingest reports, errors for people."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from store import Store
from store.cli import main
from tests.conftest import write_corpus

ARTICLE_FIELDS = {"id", "file", "title", "outlet", "author", "published", "url", "n_claims"}
CLAIM_FIELDS = {
    "id", "article_id", "file", "topic", "value_low", "value_high", "qualifier", "vague", "unit", "text", "source",
    "source_id", "attribution", "cue", "sentence", "start", "end", "sentence_start", "sentence_end", "date",
    "conflict_id",
}  # fmt: skip
ACTOR_FIELDS = {"id", "name", "kind", "aliases", "role", "articles", "mentions", "claims"}
CONFLICT_FIELDS = {"id", "topic", "claims", "low", "high", "sources", "measure", "first_date", "last_date"}


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("command", "fields"),
    [("articles", ARTICLE_FIELDS), ("claims", CLAIM_FIELDS), ("actors", ACTOR_FIELDS), ("conflicts", CONFLICT_FIELDS)],
)
def test_json_listing_has_the_documented_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, fields: set[str]
) -> None:
    rows = run_json(capsys, "--db", str(tmp_path / "s.json"), command, "--json")
    assert rows, f"{command} is empty on the seeds"
    for row in rows:
        assert set(row) == fields


def test_first_read_builds_the_store_from_bundled_seeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(capsys, "--db", str(tmp_path / "new" / "s.json"), "articles", "--json")
    assert len(rows) == 5
    assert (tmp_path / "new" / "s.json").exists()


def test_env_var_sets_the_store(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    monkeypatch.setenv("NKRU_TUI_DB", str(tmp_path / "env.json"))
    run_json(capsys, "articles", "--json")
    assert (tmp_path / "env.json").exists()


def test_claims_json_slices_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.json")
    articles = {a["id"]: a for a in run_json(capsys, "--db", db, "articles", "--json")}
    claims = run_json(capsys, "--db", db, "claims", "--json")
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    for claim in claims:
        text = (seeds / articles[claim["article_id"]]["file"]).read_text(encoding="utf-8")
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert text[claim["sentence_start"] : claim["sentence_end"]] == claim["sentence"]


def test_claims_filters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.json")
    all_claims = run_json(capsys, "--db", db, "claims", "--json")
    first_article = all_claims[0]["article_id"]
    only = run_json(capsys, "--db", db, "claims", "--json", "--article", str(first_article))
    assert only == [c for c in all_claims if c["article_id"] == first_article]
    topic = all_claims[0]["topic"]
    by_topic = run_json(capsys, "--db", db, "claims", "--json", "--topic", topic)
    assert by_topic == [c for c in all_claims if c["topic"] == topic]


def test_build_from_folder_and_ingest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.json")
    corpus = write_corpus(tmp_path / "corpus")
    assert main(["--db", db, "build", "--seeds", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "2 added" in out
    extra = write_corpus(tmp_path / "extra", {"a.txt": "Title\n\nOfficials said 4,000 troops were sent to Russia.\n"})
    assert main(["--db", db, "ingest", str(extra), str(corpus / "wire.txt")]) == 0
    out = capsys.readouterr().out
    assert "added a.txt as article 3" in out
    assert "skipped wire.txt: already stored as article" in out
    assert len(run_json(capsys, "--db", db, "articles", "--json")) == 3


def test_missing_input_is_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.json")
    corpus = write_corpus(tmp_path / "corpus")
    code = main(["--db", db, "ingest", str(tmp_path / "nope.txt"), str(corpus)])
    captured = capsys.readouterr()
    assert code == 1
    errors = captured.err.strip().splitlines()
    assert len(errors) == 1 and "nope.txt" in errors[0] and "no such file" in errors[0]
    assert "Traceback" not in captured.err
    assert "2 added" in captured.out


def test_tables_are_readable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.json")
    for command in ("articles", "claims", "actors", "conflicts"):
        assert main(["--db", db, command]) == 0
        out = capsys.readouterr().out
        assert "ID" in out and "\x1b" not in out


def test_console_script_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tui", "--db", str(tmp_path / "s.json"), "conflicts", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert isinstance(json.loads(result.stdout), list)


def test_build_of_a_missing_store_extracts_only_the_given_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import store.store as store_module

    calls: list[Path | None] = []
    original = store_module.Store.rebuild

    def counting_rebuild(self, seeds_dir=None, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(seeds_dir)
        return original(self, seeds_dir, **kwargs)

    monkeypatch.setattr(store_module.Store, "rebuild", counting_rebuild)
    corpus = write_corpus(tmp_path / "corpus")
    assert main(["--db", str(tmp_path / "s.json"), "build", "--seeds", str(corpus)]) == 0
    assert calls == [corpus]


def test_max_size_default_is_the_ingest_limit() -> None:
    from store import cli as store_cli
    from store.ingest import MAX_BYTES

    assert store_cli.build_parser().parse_args(["ingest", "x"]).max_size == MAX_BYTES


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (True, None)),
        (["--db", "s.json"], (True, Path("s.json"))),
        (["--db=s.json"], (True, Path("s.json"))),
        (["--db"], (False, None)),
        (["--db", "-h"], (False, None)),
        (["--db="], (False, None)),
        (["claims"], (False, None)),
        (["--db", "s.json", "claims"], (False, None)),
        (["--rebuild"], (False, None)),
        (["-h"], (False, None)),
    ],
)
def test_only_a_plain_launch_skips_the_argument_parser(argv: list[str], expected: tuple[bool, Path | None]) -> None:
    from store.cli import _plain_launch

    assert _plain_launch(argv) == expected


def test_launching_on_a_preview_loads_nothing_of_the_store_before_the_app(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    Store.open(path, seeds_dir=write_corpus(tmp_path / "corpus"))
    script = (
        "import sys\n"
        "from store.cli import main\n"
        "def launch(source, preview):\n"
        "    heavy = sorted(m for m in ('argparse', 'tinydb', 'store.store', 'store.storage', 'store.ingest')"
        " if m in sys.modules)\n"
        "    print(type(preview).__name__, heavy)\n"
        "    return 0\n"
        f"sys.exit(main(['--db', {str(path)!r}], launch=launch))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "Preview []"
