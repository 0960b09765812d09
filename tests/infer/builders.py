"""Synthetic record lists with planted facts, for the inference tests (no files needed)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from footprint.model import (
    Activity,
    LocationPoint,
    Message,
    Payment,
    PlatformInference,
    Post,
    ProfileFact,
    Record,
)

LONDON = ZoneInfo("Europe/London")
ME = "Brandon Wells"
HOME = (53.4808, -2.2426)
WORK = (53.4723, -2.2935)
START = datetime(2024, 1, 1, tzinfo=LONDON)


@dataclass
class Builder:
    """Appends records with unique locators per path."""

    records: list[Record] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)

    def locator(self, path: str) -> str:
        self.counters[path] = self.counters.get(path, 0) + 1
        return f"line {self.counters[path]}"

    def message(self, chat: str, when: datetime, author: str, text: str) -> None:
        path = f"WhatsApp Chat with {chat}.txt"
        self.records.append(
            Message(
                source="whatsapp",
                path=path,
                locator=self.locator(path),
                timestamp=when,
                actor=author,
                counterparty=chat if author != chat else None,
                conversation=chat,
                text=text,
            )
        )

    def payment(
        self, when: datetime, name: str, amount: str, text: str = "", kind: str = "Payment"
    ) -> None:
        path = "paypal/Download.CSV"
        self.records.append(
            Payment(
                source="paypal",
                path=path,
                locator=f"row {self.counters.get(path, 1) + 1}",
                timestamp=when,
                actor="brandon.wells@example.com",
                counterparty=name,
                text=text or None,
                amount=Decimal(amount),
                currency="GBP",
                status="Completed",
                category=kind,
            )
        )
        self.counters[path] = self.counters.get(path, 1) + 1

    def point(self, when: datetime, lat: float, lon: float) -> None:
        path = "Location History/Records.json"
        index = self.counters.get(path, 0)
        self.counters[path] = index + 1
        self.records.append(
            LocationPoint(
                source="google_location",
                path=path,
                locator=f"$.locations[{index}]",
                timestamp=when,
                lat=lat,
                lon=lon,
            )
        )

    def post(self, when: datetime, text: str) -> None:
        path = "data/tweets.js"
        index = self.counters.get(path, 0)
        self.counters[path] = index + 1
        self.records.append(
            Post(
                source="twitter",
                path=path,
                locator=f"$[{index}].tweet",
                timestamp=when.astimezone(UTC),
                actor="@brandon_w",
                text=text,
            )
        )


def office_worker(days: int = 84, seed: int = 3) -> list[Record]:
    """An office worker: home and work places, 23:30-07:00 sleep, a partner and a mother,
    a salary from Acme Ltd, gaming but no gambling, Christian, asthma, critical of housing
    policy, a pay-later habit with reminders, and a friend who posts political criticism."""
    rng = random.Random(seed)
    b = Builder()
    b.records += [
        ProfileFact(
            source="twitter",
            path="data/account.js",
            locator="$[0].account.email",
            field="email",
            value="brandon.wells@example.com",
        ),
        ProfileFact(
            source="twitter",
            path="data/account.js",
            locator="$[0].account.username",
            field="username",
            value="brandon_w",
        ),
        ProfileFact(
            source="twitter",
            path="data/account.js",
            locator="$[0].account.accountDisplayName",
            field="display_name",
            value=f"{ME} (fictional)",
        ),
    ]
    partner_lines = ["love you babe", "miss you, home soon", "night love xx", "date night friday?"]
    mum_lines = ["Hi mum, all good here", "Sunday lunch at home?", "love mum x"]
    work_lines = ["meeting moved to 3", "can you check the quarterly report", "stand-up in 5"]
    friend_lines = [
        "The government housing policy is a disgrace",
        "Join the protest on Saturday about rents",
        "ministers are corrupt and useless on housing",
        "Pint later?",
    ]
    for day in range(days):
        date = START + timedelta(days=day)
        weekday = date.weekday()
        # Sleep: last message around 23:30, first around 07:00.
        b.message(
            "Hannah Horton",
            date.replace(hour=23, minute=25 + rng.randint(0, 10)),
            ME,
            rng.choice(partner_lines),
        )
        b.message(
            "Hannah Horton",
            date.replace(hour=7, minute=rng.randint(0, 10)),
            ME,
            "morning! " + rng.choice(partner_lines),
        )
        for _ in range(rng.randint(2, 4)):
            when = date.replace(hour=rng.randint(12, 21), minute=rng.randint(0, 59))
            b.message("Hannah Horton", when, "Hannah Horton", rng.choice(partner_lines))
            b.message("Hannah Horton", when + timedelta(minutes=3), ME, "ok")
        if day % 3 == 0:
            when = date.replace(hour=18, minute=rng.randint(0, 59))
            b.message("Mary Wells", when, "Mary Wells", rng.choice(mum_lines))
            b.message("Mary Wells", when + timedelta(minutes=10), ME, rng.choice(mum_lines))
        if weekday < 5 and day % 2 == 0:
            when = date.replace(hour=10, minute=rng.randint(0, 59))
            b.message("Liam Perry", when, "Liam Perry", rng.choice(work_lines))
            b.message("Liam Perry", when + timedelta(minutes=5), ME, "sure, on it")
        if day % 5 == 0:
            when = date.replace(hour=20, minute=rng.randint(0, 59))
            b.message("Sam Rivers", when, "Sam Rivers", rng.choice(friend_lines))
        # Location: nights at home, weekday office hours at work.
        for hour in (0, 2, 4, 6, 22):
            b.point(date.replace(hour=hour), HOME[0] + rng.uniform(-4e-4, 4e-4), HOME[1])
        if weekday < 5:
            for hour in (9, 11, 13, 15, 17):
                b.point(
                    date.replace(hour=hour, minute=15), WORK[0], WORK[1] + rng.uniform(-4e-4, 4e-4)
                )
        # Money.
        if date.day == 25:
            b.payment(date.replace(hour=9), "Acme Ltd", "2450.00", "Salary", "Direct Deposit")
        if date.day == 3:
            b.payment(
                date.replace(hour=12),
                "Spotify AB",
                "-10.99",
                "Spotify Premium",
                "Subscription Payment",
            )
            b.payment(date.replace(hour=13), "Steam Games", "-19.99", "Game purchase")
        if date.day == 10:
            b.payment(date.replace(hour=12), "Klarna", "-45.00", "Pay in 3 instalment")
            b.message(
                "Klarna",
                date.replace(hour=9),
                "Klarna",
                "Reminder: your repayment is overdue. A late fee may apply.",
            )
        if weekday == 6 and day % 14 == 6:
            b.payment(
                date.replace(hour=11), "St Mary's Church", "-10.00", "Sunday service collection"
            )
        if day % 20 == 1:
            b.payment(date.replace(hour=17), "Boots UK", "-8.50", "Ventolin inhaler prescription")
        if day % 9 == 2:
            b.post(
                date.replace(hour=19),
                "Rent is up again. Government housing policy has failed us, disgraceful.",
            )
        if day % 11 == 4:
            b.post(date.replace(hour=20), "Church this morning, then Sunday lunch")
    b.records.append(
        PlatformInference(
            source="twitter",
            path="data/personalization.js",
            locator="$[0].p13nData.interests.interests[0]",
            category="interest",
            value="Video games",
        )
    )
    return b.records


def activity_search(when: datetime, text: str, index: int) -> Activity:
    return Activity(
        source="google_activity",
        path="My Activity/Search/MyActivity.json",
        locator=f"$[{index}]",
        timestamp=when,
        activity_type="search",
        title=text,
    )
