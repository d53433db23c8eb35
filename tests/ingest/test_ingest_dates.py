"""Publication dates in the shapes real pages print them, read from passages written here."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tickerwire.ingest import read_document
from tickerwire.ingest.dates import find_date
from tickerwire.model import RawDocument


def _read(text: str):
    return read_document(RawDocument(uri="d.txt", data=text.encode(), name="d.txt"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("06:54 AM EST, 01/27/2025 (MT Newswires) --", "2025-01-27T06:54:00-05:00"),
        ("February 18, 2025 12:37 AM 1 min read", "2025-02-18T00:37:00"),
        ("Wed, Nov 22, 2017 - 10:14 AM", "2017-11-22T10:14:00"),
        ("Reuters | Mumbai | Updated: 19-10-2021 14:31 IST", "2021-10-19T14:31:00+05:30"),
        ("Xinhua) 10:13, September 21, 2021", "2021-09-21T10:13:00"),
        ("Sept. 20, 2019", "2019-09-20T00:00:00"),
        ("Posted on 3rd March 2025 at 9.31am", "2025-03-03T09:31:00"),
        ("2024. 8. 12. 10:51", "2024-08-12T10:51:00"),
    ],
)
def test_printed_date_shapes(line: str, expected: str) -> None:
    found = find_date(line)
    assert found is not None
    assert found.value == datetime.fromisoformat(expected)


@pytest.mark.parametrize("line", ["Published 9:41 AM", "The index rose 1.78 percent", "Q3 2024"])
def test_lines_without_a_full_date_are_not_dates(line: str) -> None:
    assert find_date(line) is None


def test_wire_opening_with_time_and_date_gives_date_and_publisher() -> None:
    article = _read(
        "Harbor Robotics Climbs After Defense Contract\n\n"
        "07:12 AM EST, 02/03/2025 (MT Newswires) -- Harbor Robotics shares rose 4.2% in "
        "premarket trading Monday after the company won a contract.\n\n"
        "Price: 12.40, Change: +0.50, Percent Change: +4.20"
    )
    assert article.published == datetime.fromisoformat("2025-02-03T07:12:00-05:00")
    assert article.publisher == "MT Newswires"
    assert article.body.startswith("07:12 AM EST")  # the opening stays article text


def test_date_and_byline_on_one_line() -> None:
    article = _read(
        "Bank shares slide on rate worries\n\nMay 6, 2024 Priya Raman\n\n"
        "Bank shares fell on Monday as investors weighed the outlook for rates."
    )
    assert article.published is not None and article.published.date() == date(2024, 5, 6)
    assert article.authors == ("Priya Raman",)
    assert "Raman" not in article.text
    assert [b.label for b in article.boilerplate] == ["timestamp"]


def test_reading_time_line_is_a_date_line() -> None:
    article = _read(
        "Tokyo stocks edge higher\n\nJune 10, 2024 3:05 PM 2 min read\n\n"
        "TOKYO -- The Nikkei 225 rose 0.5% on Monday as exporters gained."
    )
    assert article.published == datetime(2024, 6, 10, 15, 5)
    assert article.body.startswith("TOKYO")


def test_collected_date_label_heads_the_text_and_is_not_text() -> None:
    article = _read(
        " date 2024-03-08 Miners lift London stocks\n\n"
        "London's FTSE 100 rose 0.6% on Friday as miners gained."
    )
    assert article.title == "Miners lift London stocks"
    assert article.published == datetime(2024, 3, 8)
    assert "date 2024" not in article.text


def test_printed_date_wins_over_the_collected_label() -> None:
    article = _read(
        " date 2017-11-23 Hong Kong stocks climb\n\nWed, Nov 22, 2017 - 10:14 AM\n\n"
        "The Hang Seng Index climbed 1% on Wednesday."
    )
    assert article.published == datetime(2017, 11, 22, 10, 14)


def test_a_time_alone_never_dates_the_article_today() -> None:
    article = _read(
        " date 2025-02-21 \n\nStocks rise\n\nPublished 9:41 AM\n\nStocks rose on Friday."
    )
    assert article.published == datetime(2025, 2, 21)


def test_only_an_update_time_printed_dates_the_article() -> None:
    article = _read(
        "Sensex slips\n\nReuters | Mumbai | Updated: 19-10-2021 14:31 IST\n\n"
        "India's Sensex fell 0.4% on Tuesday."
    )
    assert article.published is not None and article.published.date() == date(2021, 10, 19)


def test_a_sentence_that_mentions_a_date_is_not_a_date_line() -> None:
    article = _read(
        "Travel shares recover\n\nOn March 3, 2020, markets fell sharply as the virus spread.\n\n"
        "They have since recovered."
    )
    assert article.published is None
    assert article.body.startswith("On March 3, 2020")


@pytest.mark.parametrize(
    ("furniture", "publisher"),
    [
        ("A trader watches screens in Seoul. (Yonhap)", "Yonhap"),
        ("Source: IRIS | 23 Apr, 2024, 03.40PM", "IRIS"),
        ("ANI | Mumbai | Updated: 02-06-2024 10:12 IST", "ANI"),
        ("Read the original article on Investopedia", "Investopedia"),
        ("Powered by Capital Market - Live News", "Capital Market"),
        ("By Team Kalkine Media", "Kalkine Media"),
        ("CnEVPost", "CnEVPost"),
        ("Photo: Dana Whitfield, Taipei Times", "Taipei Times"),
    ],
)
def test_outlet_credited_in_page_furniture(furniture: str, publisher: str) -> None:
    article = _read(
        f"Harbour Mining lifts output goal\n\n{furniture}\n\n"
        "Shares of Harbour Mining rose 3.1% on Tuesday after the company raised its output "
        "goal for the year, sending the stock to its highest level in a month."
    )
    assert article.publisher == publisher


def test_a_digest_of_one_wire_names_the_wire() -> None:
    article = _read(
        "Stocks rally\n\nStocks rallied on Wall Street on Monday as hopes for a recovery grew, "
        "the AP reports. The S&P 500 rose 1.2%."
    )
    assert article.publisher == "Associated Press"


def test_date_line_after_a_long_menu_is_found() -> None:
    menu = "\n".join(["Log in", "E-mail", "Sign up", "Markets", "Economy"] * 4)
    article = _read(
        f"{menu}\n\nTokyo stocks rise late\n\n09/13/2024 | 03:23am EDT\n\n"
        "TOKYO, Sept 13 (Reuters) - Japanese stocks staged a late comeback on Friday, with the "
        "Nikkei share average ending up 0.2% at a fresh high after a choppy session."
    )
    assert article.publisher == "Reuters"
    assert article.published is not None and article.published.date() == date(2024, 9, 13)


@pytest.mark.parametrize(
    ("line", "offset"),
    [
        ("Published 14 March 2024, 09:12 GMT+8", "+08:00"),
        ("March 14, 2024 09:12 UTC-5", "-05:00"),
        ("March 14, 2024 10:00 GMT+05:30", "+05:30"),
        ("14 March 2024 09:12 +0530", "+05:30"),
        ("Published 14 March 2024, 09:12 GMT", "+00:00"),
    ],
)
def test_utc_offsets_printed_after_the_time(line: str, offset: str) -> None:
    found = find_date(line)
    assert found is not None
    assert found.value.isoformat().endswith(offset)


def test_a_bare_short_offset_is_no_zone() -> None:
    found = find_date("Jan 3, 2024 13:05 +8 hours")
    assert found is not None and found.value.tzinfo is None
