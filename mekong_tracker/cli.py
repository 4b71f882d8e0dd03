"""`mekong`: the command line. Each command is a few lines over the Tracker API."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from mekong_tracker.models import IngestReport, Meeting
from mekong_tracker.sources import iter_files
from mekong_tracker.tracker import Tracker, extract

app = typer.Typer(
    help="Mekong Cooperation Tracker: sourced records of Mekong cooperation meetings from news articles.",
    no_args_is_help=True,
    add_completion=False,
)
out = Console()
err = Console(stderr=True)
DEMO_DIR = Path(__file__).parent / "demo" / "corpus"

DbOption = Annotated[Path, typer.Option("--db", help="SQLite file of the store.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _ingest(db: Path, paths: list[Path], quiet: bool) -> IngestReport:
    """Ingest with a progress bar; print the summary unless `quiet` (JSON output)."""
    files = sum(1 for f in iter_files(paths) if isinstance(f, Path))
    columns = (TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.description}"))
    with Tracker(db) as tracker, Progress(*columns, console=err, transient=quiet) as bar:
        task = bar.add_task("", total=files)
        report = tracker.ingest(paths, on_file=lambda name: bar.update(task, advance=1, description=Path(name).name))
    if quiet:
        return report
    err.print(
        f"files read: {report.files}   articles new: {report.new}   unchanged: {report.unchanged}   "
        f"updated: {report.updated}   failed: {len(report.failed)}   meetings found: {report.meetings_found}"
    )
    for source, reason in report.failed:
        err.print(f"  [red]failed[/red] {source}: {reason}", highlight=False)
    for article, lang in report.unsupported:
        err.print(f"  [yellow]unsupported language[/yellow] {article}: '{lang}' (stored, no extraction)")
    return report


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files (.txt .html .htm .jsonl) or folders.")],
    db: DbOption = Path("mekong.db"),
    as_json: JsonOption = False,
) -> None:
    """Read articles, extract meetings, store them. Re-ingesting is idempotent."""
    report = _ingest(db, paths, as_json)
    if as_json:
        _print_json(report.to_dict())
    if report.read == 0 and report.failed:
        raise typer.Exit(1)


LEVEL_SHORT = {"foreign_ministers": "FMM", "senior_officials": "SOM", "ministerial": "minist."}


MIN_WIDTH = {"place": 12, "chairs": 14, "format": 7}


def _date_range(start: str, end: str | None) -> str:
    """ "2018-03-29–31", "2018-03-29–04-02": a range as short as it reads."""
    if not end:
        return start
    same = 8 if end[:8] == start[:8] else 5 if end[:5] == start[:5] else 0
    return f"{start}–{end[same:]}"


def _meetings_table(meetings: list[Meeting], title: str) -> Table:
    table = Table(title=title)
    for col in ("id", "framework", "level", "#", "date", "place", "format", "chairs", "src"):
        table.add_column(col, no_wrap=col in ("framework", "level", "date"), overflow="fold", min_width=MIN_WIDTH.get(col))
    for m in meetings:
        place = ", ".join(x for x in (m.city, m.country) if x)
        date = _date_range(m.date, m.date_end) if m.date else ""
        table.add_row(
            str(m.id),
            m.framework,
            LEVEL_SHORT.get(m.level, m.level),
            str(m.ordinal or ""),
            date,
            place,
            m.format or "",
            "; ".join(m.chairs),
            str(len(m.sources)),
        )
    return table


@app.command()
def meetings(
    framework: Annotated[str | None, typer.Option(help="Framework id, e.g. MKC, LMC, MRC.")] = None,
    level: Annotated[str | None, typer.Option(help="summit, foreign_ministers, ministerial, senior_officials, other.")] = None,
    year: Annotated[int | None, typer.Option(help="Year the meeting started.")] = None,
    db: DbOption = Path("mekong.db"),
    as_json: JsonOption = False,
) -> None:
    """List meetings: one record per real meeting, however many articles report it."""
    with Tracker(db) as tracker:
        found = tracker.meetings(framework, level, year)
    if as_json:
        _print_json([m.to_dict() for m in found])
    else:
        out.print(_meetings_table(found, f"{len(found)} meetings"))


@app.command()
def show(
    meeting_id: Annotated[int, typer.Argument(help="Meeting id from `mekong meetings`.")],
    db: DbOption = Path("mekong.db"),
    as_json: JsonOption = False,
) -> None:
    """One meeting: every field with the sentences that state it, and its sources."""
    with Tracker(db) as tracker:
        meeting = tracker.meeting(meeting_id)
    if meeting is None:
        err.print(f"no meeting {meeting_id} in {db}")
        raise typer.Exit(1)
    if as_json:
        _print_json(meeting.to_dict(evidence=True))
        return
    out.print(f"[bold]Meeting {meeting.id}[/bold]: {meeting.framework} {meeting.level} #{meeting.ordinal or '?'}")
    for name, value in meeting.to_dict().items():
        if name in ("id", "sources") or value in (None, []):
            continue
        out.print(
            f"[bold]{name}[/bold]: {value}"
            + (f"  [yellow](reports differ: {meeting.conflicts[name]})[/yellow]" if name in meeting.conflicts else "")
        )
        for ev in meeting.evidence.get(name, [])[:3]:
            sentence = ev.sentence if len(ev.sentence) <= 200 else ev.sentence[:197] + "..."
            out.print(f"    [dim]{ev.article} [{ev.start}:{ev.end}][/dim] [cyan]{ev.text}[/cyan] · {sentence}", highlight=False)
    out.print(f"[bold]sources[/bold]: {', '.join(meeting.sources)}")


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to find; case and diacritics are ignored.")],
    limit: Annotated[int, typer.Option(help="At most this many articles.")] = 20,
    db: DbOption = Path("mekong.db"),
    as_json: JsonOption = False,
) -> None:
    """Full-text search over stored articles ("Me Cong" finds "Mê Công")."""
    with Tracker(db) as tracker:
        hits = tracker.search(text, limit)
    if as_json:
        _print_json(hits)
        return
    for hit in hits:
        out.print(f"[bold]{hit['article']}[/bold] ({hit['lang']}) {hit['title']}\n    {hit['snippet']}", highlight=False)
    err.print(f"{len(hits)} articles")


@app.command("extract")
def extract_cmd(paths: Annotated[list[Path], typer.Argument(help="Files or folders to read.")]) -> None:
    """Run the pipeline without a store; one JSON line per article on stdout."""
    for row in extract(paths):
        if "error" in row:
            err.print(f"[red]failed[/red] {row['source']}: {row['error']}")
            continue
        sys.stdout.write(json.dumps({k: row[k] for k in ("id", "lang", "meetings")}, ensure_ascii=False) + "\n")


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file (FORMAT.md).")],
    as_json: JsonOption = False,
    errors: Annotated[bool, typer.Option("--errors", help="List missed, spurious and wrong fields per article.")] = False,
) -> None:
    """Score extraction against hand-labelled articles: meeting P/R/F1, attribute accuracy."""
    try:
        summary, per_article = Tracker.evaluate(gold)
    except (OSError, ValueError) as exc:
        err.print(f"[red]cannot evaluate[/red] {gold}: {exc}")
        raise typer.Exit(1) from exc
    if as_json:
        _print_json({**summary, "errors": per_article} if errors else summary)
        return
    out.print(f"[bold]evaluation on {gold}[/bold]", highlight=False)
    for name, figs in [("all", summary), *summary["by_lang"].items()]:
        m = figs["meetings"]
        out.print(
            f"{name:4s} meetings  P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}   tp {m['tp']}  fp {m['fp']}  fn {m['fn']}",
            highlight=False,
        )
        fields = "  ".join(f"{k} {v:.2f}" if v is not None else f"{k} -" for k, v in figs["attributes"].items())
        out.print(f"     fields    {fields}", highlight=False)
    if errors:
        for art in per_article:
            if art["missed"] or art["spurious"] or art["wrong"]:
                out.print(f"[bold]{art['article']}[/bold]", highlight=False)
                for m in art["missed"]:
                    out.print(f"  missed    {m}", highlight=False)
                for m in art["spurious"]:
                    out.print(f"  spurious  {m}", highlight=False)
                for w in art["wrong"]:
                    out.print(f"  wrong     {w['meeting']} {w['field']}: gold {w['gold']!r}, got {w['predicted']!r}", highlight=False)


@app.command()
def demo(
    db: Annotated[Path, typer.Option("--db", help="SQLite file to create (replaced if it exists).")] = Path("mekong-demo.db"),
    as_json: JsonOption = False,
) -> None:
    """Ingest the bundled demo corpus into a fresh db and print the meetings table."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    report = _ingest(db, [DEMO_DIR], as_json)
    with Tracker(db) as tracker:
        found = tracker.meetings()
    if as_json:
        _print_json({"ingest": report.to_dict(), "meetings": [m.to_dict() for m in found]})
        return
    out.print(_meetings_table(found, f"{len(found)} meetings in the demo corpus ({db})"))
    err.print(f"Next: mekong show ID --db {db}   ·   mekong search 'Me Cong' --db {db}   ·   datasette {db}")


if __name__ == "__main__":
    app()
