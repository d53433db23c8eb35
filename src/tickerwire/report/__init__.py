"""The self-contained HTML report: stories, a chart of reported moves, evidence in context.

One file, no server, no network: styles, script and the SVG chart are inlined.
"""

from __future__ import annotations

from tickerwire.report.render import render_report, write_report

__all__ = ["render_report", "write_report"]
