import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback


class RecordingFeedback(QgsProcessingFeedback):
    """Feedback that keeps what an algorithm reports, so tests can assert on messages."""

    def __init__(self):
        super().__init__()
        self.errors, self.warnings, self.infos = [], [], []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.errors.append(error)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)


@pytest.fixture
def provider(qgis_app, qgis_processing):
    """The Veerkracht provider, registered (again, if a lifecycle test removed it)."""
    from veerkracht_plugin.standalone import register_provider

    return register_provider()


@pytest.fixture
def run_alg(provider):
    """Run a veerkracht algorithm: run_alg("score", {...}) -> results dict.

    A failure raises QgsProcessingException carrying the algorithm's own error message; pass a
    RecordingFeedback to look at warnings.
    """
    import processing

    def run(name, parameters, feedback=None, context=None):
        feedback = feedback or RecordingFeedback()
        if context is None:
            from qgis.core import QgsProject

            context = QgsProcessingContext()
            context.setProject(QgsProject.instance())
        try:
            return processing.run(f"veerkracht:{name}", parameters, feedback=feedback, context=context)
        except QgsProcessingException as error:
            details = "\n".join(getattr(feedback, "errors", []))
            raise QgsProcessingException(f"{error}\n{details}") from None

    return run


@pytest.fixture
def feedback():
    return RecordingFeedback()
