"""Time every inference family on synthetic records (default 1M).

    python bench/bench_infer.py [--records 1000000] [--seed 1]

Records are built in memory: chats with 60 contacts, payments, location fixes,
posts and searches, every text made unique so that de-duplication does not flatter
the lexicon matching. Prints one line per stage and the total.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from footprint.infer import (
    finances,
    identity,
    opinions,
    places,
    platform,
    routine,
    sensitive,
    social,
)
from footprint.infer.base import Inference
from footprint.infer.frame import prepare
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
from footprint.store import ColumnStore

PHRASES = [
    "Morning! Coffee before the stand-up?",
    "Running late, the train is cancelled again",
    "love you, see you tonight",
    "Did you see the match last night?",
    "The government housing policy is a disgrace",
    "Can't tonight, working late on the quarterly report",
    "Picked up my inhaler from the pharmacy",
    "Church on Sunday then lunch with mum",
    "Rent went up again, can't afford this",
    "Reminder: your repayment is overdue",
    "今天加班到很晚，老板太烦了",
    "妈妈说周末回家吃饭",
    "房租又涨了，政府的住房政策太失败了",
    "Happy Friday! Drinks later?",
]
MERCHANTS = [
    ("Tesco", "Groceries"),
    ("Deliveroo", "Food order"),
    ("Spotify AB", "Spotify Premium"),
    ("Steam Games", "Game purchase"),
    ("Klarna", "Pay in 3 instalment"),
    ("Trainline", "Manchester - London"),
    ("美团外卖", "外卖订单"),
    ("Boots UK", "Pharmacy"),
]


def synthetic_records(total: int, seed: int) -> list[Record]:
    rng = random.Random(seed)
    start = datetime(2023, 1, 1, tzinfo=UTC)
    contacts = [f"Contact {index:02d}" for index in range(60)]
    records: list[Record] = [
        ProfileFact(
            source="twitter",
            path="data/account.js",
            locator="$[0].account.email",
            field="email",
            value="me@example.com",
        )
    ]
    n_messages, n_points, n_payments = int(total * 0.5), int(total * 0.3), int(total * 0.1)
    n_posts = total - n_messages - n_points - n_payments - 1
    seconds = 365 * 86400
    for index in range(n_messages):
        contact = contacts[min(int(rng.expovariate(0.15)), 59)]
        mine = rng.random() < 0.5
        records.append(
            Message(
                source="whatsapp",
                path=f"WhatsApp Chat with {contact}.txt",
                locator=f"line {index + 1}",
                timestamp=start + timedelta(seconds=rng.randrange(seconds)),
                actor="Me Myself" if mine else contact,
                counterparty=contact if mine else None,
                conversation=contact,
                text=f"{rng.choice(PHRASES)} #{index}",
            )
        )
    for index in range(n_points):
        home = rng.random() < 0.6
        records.append(
            LocationPoint(
                source="google_location",
                path="Records.json",
                locator=f"$.locations[{index}]",
                timestamp=start + timedelta(seconds=rng.randrange(seconds)),
                lat=(53.48 if home else 53.47) + rng.gauss(0, 0.0005),
                lon=(-2.24 if home else -2.29) + rng.gauss(0, 0.0005),
            )
        )
    for index in range(n_payments):
        name, text = rng.choice(MERCHANTS)
        records.append(
            Payment(
                source="paypal",
                path="Download.CSV",
                locator=f"row {index + 2}",
                timestamp=start + timedelta(seconds=rng.randrange(seconds)),
                actor="me@example.com",
                counterparty=name,
                text=f"{text} {index}",
                amount=Decimal(-rng.randint(100, 9000)) / 100,
                currency="GBP",
            )
        )
    for index in range(n_posts):
        when = start + timedelta(seconds=rng.randrange(seconds))
        if index % 2:
            records.append(
                Post(
                    source="twitter",
                    path="data/tweets.js",
                    locator=f"$[{index}].tweet",
                    timestamp=when,
                    actor="@me",
                    text=f"{rng.choice(PHRASES)} {index}",
                )
            )
        else:
            records.append(
                Activity(
                    source="google_activity",
                    path="MyActivity.json",
                    locator=f"$[{index}]",
                    timestamp=when,
                    activity_type="search",
                    title=f"{rng.choice(PHRASES)} {index}",
                )
            )
    records.append(
        PlatformInference(
            source="twitter",
            path="data/personalization.js",
            locator="$[0].p13nData.interests.interests[0]",
            category="interest",
            value="Politics",
        )
    )
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    began = time.perf_counter()
    records = synthetic_records(args.records, args.seed)
    print(f"built {len(records):,} records in {time.perf_counter() - began:.1f} s")
    wall_start, cpu_start = time.perf_counter(), time.process_time()

    def stage(name: str, run: Callable[[], int]) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        count = run()
        print(
            f"{name:28s} {time.perf_counter() - wall:7.2f} s wall {time.process_time() - cpu:7.2f}"
            f" s cpu  {count:3d} inferences",
            flush=True,
        )

    box: dict[str, Any] = {}

    def pack() -> int:
        # scan() stores records column-wise as it parses; here it is done after the fact.
        box["store"] = ColumnStore.of(records)
        return 0

    def build() -> int:
        box["inp"] = prepare(box["store"])
        return 0

    stage("column store (scan does it)", pack)
    stage("prepare (frame + identity)", build)
    found: list[Inference] = []
    for name, family in (
        ("identity", identity),
        ("places", places),
        ("routine", routine),
        ("social", social),
        ("finances", finances),
        ("sensitive", sensitive),
        ("opinions", opinions),
    ):

        def run(family: Any = family) -> int:
            result = family.infer(box["inp"])
            found.extend(result)
            return len(result)

        stage(name, run)
    stage("platform", lambda: len(platform.infer(box["inp"], found)))
    print(
        f"{'total':28s} {time.perf_counter() - wall_start:7.2f} s wall "
        f"{time.process_time() - cpu_start:7.2f} s cpu"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
