"""Hash matching: exact lookup, PDQ range search, and near-duplicate grouping.

Exact digests are looked up first (``ExactIndex``); items left over are searched by PDQ
(``FaissPDQIndex``, held to ``BruteForcePDQIndex``, the reference). Items that match no
list are grouped by similarity (``near_duplicate_groups``). See docs/matching.md.
A matcher is composed of ``MatcherPart``s, one per hash set, which the workspace keeps on
disk between ingests (``cairn.pipeline.index_cache``).

Videos match listed videos by vPDQ (``VPDQIndex``, held to ``compare_vpdq``), and their
sampled frames match listed stills (``frames_against_images``). See docs/video.md.
"""

from cairn.matching.exact import DictExactIndex, ExactIndex
from cairn.matching.groups import near_duplicate_groups
from cairn.matching.index import Hits, PDQIndex
from cairn.matching.part import MatcherPart
from cairn.matching.pdq import (
    PDQ_FLAT_THRESHOLD,
    PDQ_MATCH_THRESHOLD,
    PDQ_MIN_QUALITY,
    bytes_to_pdq,
    hamming,
    hamming_matrix,
    pdq_array,
    pdq_array_to_hex,
    pdq_to_bytes,
)
from cairn.matching.pdq_faiss import FaissPDQIndex
from cairn.matching.pdq_mih import MIHPDQIndex
from cairn.matching.reference import BruteForcePDQIndex
from cairn.matching.vpdq import (
    VPDQIndex,
    compare_vpdq,
    first_per_entry,
    frames_against_images,
)

__all__ = [
    "PDQ_FLAT_THRESHOLD",
    "PDQ_MATCH_THRESHOLD",
    "PDQ_MIN_QUALITY",
    "BruteForcePDQIndex",
    "DictExactIndex",
    "ExactIndex",
    "FaissPDQIndex",
    "Hits",
    "MIHPDQIndex",
    "MatcherPart",
    "PDQIndex",
    "VPDQIndex",
    "bytes_to_pdq",
    "compare_vpdq",
    "first_per_entry",
    "frames_against_images",
    "hamming",
    "hamming_matrix",
    "near_duplicate_groups",
    "pdq_array",
    "pdq_array_to_hex",
    "pdq_to_bytes",
]
