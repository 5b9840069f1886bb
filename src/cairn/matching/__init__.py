"""Hash matching: exact lookup, PDQ range search, and near-duplicate grouping.

Exact digests are looked up first (``ExactIndex``); items left over are searched by PDQ
(``FaissPDQIndex``, held to ``BruteForcePDQIndex``, the reference). Items that match no
list are grouped by similarity (``near_duplicate_groups``). See docs/matching.md.
"""

from cairn.matching.exact import DictExactIndex, ExactIndex
from cairn.matching.groups import near_duplicate_groups
from cairn.matching.index import Hits, PDQIndex
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
from cairn.matching.reference import BruteForcePDQIndex

__all__ = [
    "PDQ_FLAT_THRESHOLD",
    "PDQ_MATCH_THRESHOLD",
    "PDQ_MIN_QUALITY",
    "BruteForcePDQIndex",
    "DictExactIndex",
    "ExactIndex",
    "FaissPDQIndex",
    "Hits",
    "PDQIndex",
    "bytes_to_pdq",
    "hamming",
    "hamming_matrix",
    "near_duplicate_groups",
    "pdq_array",
    "pdq_array_to_hex",
    "pdq_to_bytes",
]
