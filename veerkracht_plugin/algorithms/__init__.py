"""Processing algorithms, one per module on the shared base class (``base.VeerkrachtAlgorithm``).

The provider registers :data:`ALGORITHMS`, in the order of the pipeline: a new algorithm is added to the
list below.
"""

from .applystyle import ApplyStyle
from .balance import Balance
from .exporttags import ExportTags
from .joinleefbaarometer import JoinLeefbaarometer
from .monitor import Monitor
from .preparecbs import PrepareCbs
from .preparecbsyears import PrepareCbsYears
from .report import WriteReport
from .score import Score

#: every algorithm of the provider ``veerkracht``, in toolbox order: prepare the data, compute the signal, style
#: the maps, follow it over several years, export the tags for the wijkteam, check the citywide balance, write
#: the report
ALGORITHMS = (PrepareCbs, JoinLeefbaarometer, Score, ApplyStyle, PrepareCbsYears, Monitor, ExportTags, Balance,
              WriteReport)


def algorithm_classes():
    """The algorithm classes of the provider, in pipeline order."""
    return list(ALGORITHMS)
