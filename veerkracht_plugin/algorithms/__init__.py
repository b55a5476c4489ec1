"""Processing algorithms, one per module on the shared base class (``base.VeerkrachtAlgorithm``).

The provider registers :data:`ALGORITHMS`, in the order of the pipeline: a new algorithm is added to the
list below.
"""

from .applystyle import ApplyStyle
from .balance import Balance
from .joinleefbaarometer import JoinLeefbaarometer
from .monitor import Monitor
from .preparecbs import PrepareCbs
from .preparecbsyears import PrepareCbsYears
from .report import WriteReport
from .score import Score

#: every algorithm of the provider ``veerkracht``, in pipeline order: prepare the data, compute the signal,
#: follow it over time, style the maps, check the citywide balance, write the report
ALGORITHMS = (PrepareCbs, PrepareCbsYears, JoinLeefbaarometer, Score, Monitor, ApplyStyle, Balance, WriteReport)


def algorithm_classes():
    """The algorithm classes of the provider, in pipeline order."""
    return list(ALGORITHMS)
