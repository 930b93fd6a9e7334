"""Where the team's gold documents and sample reports live, how to read them, and the ISO 3166 codes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "gold"
SAMPLES = ROOT / "ingest" / "samples" / "reports.jsonl"
SHARED_EVAL = ROOT.parent / "shared" / "eval"

# ISO 3166-1 alpha-3 codes (officially assigned). The two bodies SCHEMA.md also allows (UN, EU) are not here.
ISO3 = frozenset(" ".join([
    "ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN",
    "BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN",
    "CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU",
    "DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR",
    "GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV",
    "HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM",
    "KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA",
    "MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM",
    "NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL",
    "PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE",
    "SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK",
    "TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB",
    "VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE",
]).split())


@dataclass(frozen=True)
class Record:
    """One JSON line of a checked file, with where it came from."""

    path: Path
    line: int
    data: dict[str, Any]

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def read_records(path: Path) -> list[Record]:
    """Parse a JSONL file strictly: every non-empty line must be one JSON object."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            data = json.loads(line)
            assert isinstance(data, dict), f"{path}:{n} is not a JSON object"
            out.append(Record(path, n, data))
    return out


def gold_files() -> list[Path]:
    return sorted(GOLD_DIR.glob("*.jsonl"))
