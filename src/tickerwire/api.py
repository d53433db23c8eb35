"""A read-only JSON API and the HTML report, served over one analysed database.

An analyst browses the report at ``/`` and another program pulls the same results from
``/api/...``. The route handlers are thin: each query is a small function over a `Store`
(below, under "Queries") so it can be read, tested and reused without a web framework.
Every list is paginated (``limit``/``offset``) and answers ``{"items", "total", "limit",
"offset"}``; every error, whatever raised it, answers one envelope
``{"ok": false, "error": "...", "status": N}``.

The database is opened read-only, once per request (`tickerwire.store.access.Reader`): serving
never changes what `tickerwire analyze` stored and never locks out a writer for longer than a
request. While `tickerwire watch` (or `analyze`) writes the file, requests read the snapshot
the writer publishes after each batch. The database may also be a Parquet output of
`tickerwire spark-job`, read in place. The report is rendered on first request and again
whenever the data has changed.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException

from tickerwire.serialize import to_data
from tickerwire.store import Store
from tickerwire.store.access import Reader

MAX_LIMIT = 500
DEFAULT_LIMIT = 50
MOVE_STATUSES = ("confirmed", "contradicted", "unknown", "unchecked")


# --------------------------------------------------------------------------- queries


class NotFound(LookupError):
    """A named thing (article, story, entity) is not in the database."""


@dataclass(frozen=True, slots=True)
class PageArgs:
    limit: int = DEFAULT_LIMIT
    offset: int = 0


def _rows(store: Store, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cursor = store.connection.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _page(store: Store, sql: str, params: list[Any], page: PageArgs) -> dict[str, Any]:
    """Run ``sql`` (already filtered and ordered) for one page, with the filtered total."""
    total_row = store.connection.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()
    items = _rows(store, f"{sql} LIMIT ? OFFSET ?", [*params, page.limit, page.offset])
    return {
        "items": [_jsonable(item) for item in items],
        "total": int(total_row[0]) if total_row else 0,
        "limit": page.limit,
        "offset": page.offset,
    }


def _jsonable(value: Any) -> Any:
    """DuckDB rows hold dates and lists; JSON wants strings and lists."""
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _where(clauses: list[str]) -> str:
    return f" WHERE {' AND '.join(clauses)}" if clauses else ""


def list_articles(
    store: Store, page: PageArgs, *, publisher: str | None = None, q: str | None = None
) -> dict[str, Any]:
    """Stored articles, oldest first; ``q`` matches the title case-insensitively."""
    clauses, params = [], []
    if publisher:
        clauses.append("lower(a.publisher) = lower(?)")
        params.append(publisher)
    if q:
        clauses.append("a.title ILIKE ? ESCAPE '\\'")
        params.append(f"%{_escape_like(q)}%")
    sql = (
        "SELECT a.id, a.name, a.title, a.published_date AS published, a.publisher, a.authors, "
        "a.format, a.uri, "
        "(SELECT count(*) FROM entities e WHERE e.article_id = a.id) AS entities, "
        "(SELECT count(*) FROM moves m WHERE m.article_id = a.id) AS moves "
        f"FROM articles a{_where(clauses)} ORDER BY a.published_date NULLS LAST, a.name, a.id"
    )
    return _page(store, sql, params, page)


def _escape_like(text: str) -> str:
    """``q`` is literal text: a "%" or "_" in it is not a wildcard."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _with_span_text(value: Any, text: str) -> Any:
    """Add the evidence ``text`` to every span (``{"start", "end"}``) inside ``value``."""
    if isinstance(value, dict):
        out = {key: _with_span_text(item, text) for key, item in value.items()}
        if out.keys() == {"start", "end"} and all(isinstance(v, int) for v in out.values()):
            out["text"] = text[out["start"] : out["end"]]
        return out
    if isinstance(value, list):
        return [_with_span_text(item, text) for item in value]
    return value


def article_detail(store: Store, article_id: str) -> dict[str, Any]:
    """One article's whole record, each span carrying its evidence text, and its price checks."""
    records = store.records([article_id])
    if not records:
        raise NotFound(f"no article {article_id}")
    record = records[0]
    data = _with_span_text(to_data(record), record.article.text)
    data.pop("extras", None)
    checks = _rows(
        store,
        "SELECT move_index, status, reason, observed, observed_price, tolerance, listing, "
        "start_day, end_day FROM verifications WHERE article_id = ? ORDER BY move_index",
        [article_id],
    )
    data["verifications"] = _jsonable(checks)
    stories = _rows(
        store, "SELECT story_id, novelty FROM story_articles WHERE article_id = ?", [article_id]
    )
    data["stories"] = stories
    return data


_MOVES = (
    "SELECT m.article_id, m.move_index, m.subject, m.kind, m.direction, m.value, m.unit, "
    'm.qualifier, m."window", m.trading_day, m.price, m.currency, m.record, m.intraday_time, '
    "m.span_start, m.span_end, m.text, a.title AS article_title, a.publisher, "
    "a.published_date AS published, coalesce(v.status, 'unchecked') AS status, "
    "v.reason AS status_reason, v.observed, v.observed_price "
    "FROM moves m JOIN articles a ON a.id = m.article_id "
    "LEFT JOIN verifications v ON v.article_id = m.article_id AND v.move_index = m.move_index"
)
_MOVES_ORDER = (
    " ORDER BY m.trading_day NULLS LAST, a.published_date NULLS LAST, m.article_id, m.move_index"
)


def list_moves(
    store: Store,
    page: PageArgs,
    *,
    subject: str | None = None,
    direction: str | None = None,
    day_from: date | None = None,
    day_to: date | None = None,
    status: str | None = None,
) -> dict[str, Any]:
    """Reported moves with their price check (``status`` "unchecked" when none was made).

    The day range is on the trading day the text lets one tell; undated moves fall outside
    any range.
    """
    clauses, params = [], []
    for column, value in (("m.subject", subject), ("m.direction", direction)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if day_from:
        clauses.append("m.trading_day >= ?")
        params.append(day_from)
    if day_to:
        clauses.append("m.trading_day <= ?")
        params.append(day_to)
    if status:
        clauses.append("coalesce(v.status, 'unchecked') = ?")
        params.append(status)
    return _page(store, _MOVES + _where(clauses) + _MOVES_ORDER, params, page)


def _known_entity(store: Store, entity_id: str) -> bool:
    row = store.connection.execute(
        "SELECT EXISTS (SELECT 1 FROM entities WHERE entity_id = ?) "
        "OR EXISTS (SELECT 1 FROM moves WHERE subject = ?) "
        "OR EXISTS (SELECT 1 FROM catalysts WHERE list_contains(entities, ?))",
        [entity_id, entity_id, entity_id],
    ).fetchone()
    return bool(row and row[0])


def _catalysts_by_move(store: Store, keys: list[tuple[str, int]]) -> dict[tuple[str, int], list]:
    if not keys:
        return {}
    rows = _rows(
        store,
        "SELECT article_id, move_index, cause, cue, entities, span_start, span_end "
        "FROM catalysts WHERE move_index IS NOT NULL AND article_id IN (SELECT unnest(?)) "
        "ORDER BY article_id, move_index, span_start",
        [sorted({article for article, _ in keys})],
    )
    out: dict[tuple[str, int], list] = {}
    for row in rows:
        key = (row.pop("article_id"), row.pop("move_index"))
        out.setdefault(key, []).append(_jsonable(row))
    return out


def entity_moves(store: Store, entity_id: str, page: PageArgs) -> dict[str, Any]:
    """Every reported move of one listing, index or basket, each with what caused it."""
    if not _known_entity(store, entity_id):
        raise NotFound(f"no entity {entity_id}")
    result = list_moves(store, page, subject=entity_id)
    causes = _catalysts_by_move(
        store, [(m["article_id"], m["move_index"]) for m in result["items"]]
    )
    for move in result["items"]:
        move["catalysts"] = causes.get((move["article_id"], move["move_index"]), [])
    return {"entity": entity_id, **result}


def list_catalysts(
    store: Store, page: PageArgs, *, entity: str | None = None, subject: str | None = None
) -> dict[str, Any]:
    """Causes as the articles state them, each with the move it explains.

    ``entity`` keeps the causes that name it ("everything DeepSeek moved"); ``subject`` keeps
    the causes given for one thing's move.
    """
    clauses, params = [], []
    if entity:
        clauses.append("list_contains(c.entities, ?)")
        params.append(entity)
    if subject:
        clauses.append("c.subject = ?")
        params.append(subject)
    sql = (
        "SELECT c.article_id, c.subject, c.cause, c.cue, c.entities, c.move_index, "
        "c.span_start, c.span_end, a.title AS article_title, a.publisher, "
        "a.published_date AS published, "
        "CASE WHEN m.article_id IS NULL THEN NULL ELSE struct_pack(subject := m.subject, "
        "direction := m.direction, value := m.value, unit := m.unit, qualifier := m.qualifier, "
        '"window" := m."window", trading_day := m.trading_day, price := m.price, '
        "currency := m.currency, text := m.text, span_start := m.span_start, "
        "span_end := m.span_end) END AS move "
        "FROM catalysts c JOIN articles a ON a.id = c.article_id "
        "LEFT JOIN moves m ON m.article_id = c.article_id AND m.move_index = c.move_index"
        f"{_where(clauses)} ORDER BY a.published_date NULLS LAST, c.article_id, c.span_start"
    )
    return _page(store, sql, params, page)


def list_stories(store: Store, page: PageArgs, *, entity: str | None = None) -> dict[str, Any]:
    """Stories (one event across outlets), oldest first, with their article counts."""
    clauses, params = [], []
    if entity:
        clauses.append("list_contains(s.entities, ?)")
        params.append(entity)
    sql = (
        "SELECT s.id, s.title, s.outlets, s.entities, s.catalysts, s.first_seen, s.last_seen, "
        "(SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id) AS articles "
        f"FROM stories s{_where(clauses)} ORDER BY s.first_seen NULLS LAST, s.id"
    )
    return _page(store, sql, params, page)


def story_detail(store: Store, story_id: str) -> dict[str, Any]:
    """One story: its articles, the timeline of moves they report, and where they disagree."""
    from tickerwire.stories.views import story_json

    story = next((s for s in store.stories() if s.id == story_id), None)
    if story is None:
        raise NotFound(f"no story {story_id}")
    records = store.records([a.article_id for a in story.articles])
    data = story_json(story, {record.article.id: record for record in records})
    data["impacts"] = [to_data(i) for i in store.impacts() if i.story_id == story_id]
    return data


def list_rejections(store: Store, page: PageArgs, *, stage: str | None = None) -> dict[str, Any]:
    """Inputs that could not be read, with the stage and a one-line reason."""
    clauses, params = [], []
    if stage:
        clauses.append("stage = ?")
        params.append(stage)
    sql = f"SELECT uri, stage, reason FROM rejections{_where(clauses)} ORDER BY uri"
    return _page(store, sql, params, page)


def report_html(store: Store) -> str:
    """The self-contained HTML report of everything stored (what `tickerwire report` writes)."""
    from tickerwire.report import render_report

    stories = store.stories()
    ids = {story.id for story in stories}
    return render_report(
        records=store.records(),
        stories=stories,
        verifications=store.verifications(),
        rejections=store.rejections(),
        impacts=[i for i in store.impacts() if i.story_id in ids],
    )


# --------------------------------------------------------------------------- the app


def _reader(request: Request) -> Iterator[Store]:
    """A Store for one request: its own connection or cursor, closed after the request."""
    reader: Reader = request.app.state.reader
    with reader.store() as store:
        yield store


def _page_args(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, description="Items to skip.")] = 0,
) -> PageArgs:
    return PageArgs(limit, offset)


Db = Annotated[Store, Depends(_reader)]
Page = Annotated[PageArgs, Depends(_page_args)]
Direction = Annotated[str | None, Query(pattern="^(up|down|flat)$")]
Status = Annotated[str | None, Query(pattern=f"^({'|'.join(MOVE_STATUSES)})$")]
DayFrom = Annotated[date | None, Query(alias="from", description="First trading day.")]
DayTo = Annotated[date | None, Query(alias="to", description="Last trading day.")]


def error_body(status: int, message: str) -> dict[str, Any]:
    """The one error envelope every 4xx and 5xx answer uses."""
    return {"ok": False, "error": message, "status": status}


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse(error_body(status, message), status_code=status)


def _validation_message(error: RequestValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item.get("loc", ()) if p not in ("query", "path"))
        parts.append(f"{where}: {item.get('msg', 'invalid')}" if where else item.get("msg", ""))
    return "; ".join(parts) or "invalid request"


def create_app(db_path: str | Path) -> FastAPI:
    """The API and report over ``db_path`` (a DuckDB file or a Parquet output), read-only.

    Raises `tickerwire.errors.StoreError` when the database cannot be opened.
    """
    reader = Reader(db_path)
    with reader.store():
        pass  # fail now, with one line, when there is nothing to serve
    rendered: dict[str, tuple[tuple, str]] = {}
    rendering = threading.Lock()

    def report_page() -> str:
        with rendering:
            version = reader.version()
            if "html" not in rendered or rendered["html"][0] != version:
                with reader.store() as store:
                    rendered["html"] = (version, report_html(store))
            return rendered["html"][1]

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            reader.close()

    app = FastAPI(
        title="tickerwire",
        summary="Extracted market events of one tickerwire database, read-only.",
        lifespan=lifespan,
    )
    app.state.reader = reader

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, error: HTTPException) -> JSONResponse:
        return _error(error.status_code, str(error.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        return _error(422, _validation_message(error))

    @app.exception_handler(NotFound)
    async def not_found(_: Request, error: NotFound) -> JSONResponse:
        return _error(404, str(error))

    @app.exception_handler(Exception)
    async def crashed(_: Request, error: Exception) -> JSONResponse:
        return _error(500, f"internal error: {type(error).__name__}")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def report() -> HTMLResponse:
        return HTMLResponse(report_page())

    @app.get("/api/articles")
    def articles(db: Db, page: Page, publisher: str | None = None, q: str | None = None) -> dict:
        return list_articles(db, page, publisher=publisher, q=q)

    @app.get("/api/articles/{article_id}")
    def article(db: Db, article_id: str) -> dict:
        return article_detail(db, article_id)

    @app.get("/api/moves")
    def moves(
        db: Db,
        page: Page,
        subject: str | None = None,
        direction: Direction = None,
        day_from: DayFrom = None,
        day_to: DayTo = None,
        status: Status = None,
    ) -> dict:
        return list_moves(
            db,
            page,
            subject=subject,
            direction=direction,
            day_from=day_from,
            day_to=day_to,
            status=status,
        )

    @app.get("/api/entities/{entity_id:path}/moves")
    def moves_of(db: Db, page: Page, entity_id: str) -> dict:
        return entity_moves(db, entity_id, page)

    @app.get("/api/catalysts")
    def catalysts(
        db: Db, page: Page, entity: str | None = None, subject: str | None = None
    ) -> dict:
        return list_catalysts(db, page, entity=entity, subject=subject)

    @app.get("/api/stories")
    def stories(db: Db, page: Page, entity: str | None = None) -> dict:
        return list_stories(db, page, entity=entity)

    @app.get("/api/stories/{story_id}")
    def story(db: Db, story_id: str) -> dict:
        return story_detail(db, story_id)

    @app.get("/api/rejections")
    def rejections(db: Db, page: Page, stage: str | None = None) -> dict:
        return list_rejections(db, page, stage=stage)

    return app
