"""The built-in framework's content is tied to its version number.

Databases keep every framework version they have imported and assessments point at one; a
release that changed the built-in text without a new version would meet its own older copy in
users' databases and be refused. Changing the content means: raise "version" in
framework/data/unodc-ffa-2009.json and record the new digest below, keeping the old ones.
"""

from __future__ import annotations

import hashlib
import json

import framework
from framework.loader import builtin_path

RELEASED = {
    "2009.1": "4e5abeb5c7b90d67c6d9fa97c20dede2f8ae8a16dbf1767766acd07b6e9f607f",
    # 2009.2: the scale, dimensions, kinds, addressees and the root titles also in fr, es, ru, ar, zh
    "2009.2": "23a9d1fc5837a6a061b562c2a1679c566ee3ef01b028813c9e8600c528183e47",
    # 2009.3 (format 2): starter operational indicators and the disaggregation dimensions of Annex III section V;
    # addressees that follow the text (WG-1, WG-2); editorial titles marked; CC-4 no longer repeats the challenges'
    # introduction; the cross-walk reviewed, every link with a reason; Annex III noted as a draft narrative.
    # Before its release, its translated wording reviewed (one term per concept with the window and the reports:
    # ru pillar "Компонент" and scale level 1, es "brechas", zh "机构" and "差距"); the English is unchanged.
    "2009.3": "1826c3793707910c4fbc27bd13c6c817a8f0a483f35978846053ec2d2f196c48",
}


def test_builtin_content_matches_its_version() -> None:
    builtin = framework.load_builtin()
    digest = hashlib.sha256(json.dumps(builtin.raw, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    assert builtin.version in RELEASED, f"record version {builtin.version} with digest {digest}"
    assert RELEASED[builtin.version] == digest, (
        f"the built-in framework changed but its version is still {builtin.version}: raise the version "
        f"and record {digest}"
    )


def test_builtin_file_passes_the_full_check() -> None:
    """load_builtin() skips the JSON Schema walk at run time; the shipped file must pass it here."""
    checked = framework.load_file(builtin_path())
    assert checked.raw == framework.load_builtin().raw
    assert checked.indicators == framework.load_builtin().indicators
