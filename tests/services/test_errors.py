"""Every failure the core raises on purpose is a ReviewDeskError, which the CLI and the GUI each catch once."""

from __future__ import annotations

import importlib
import inspect
import pickle
import pkgutil

import pytest

import reviewdesk.documents
import reviewdesk.domain
import reviewdesk.services
from reviewdesk.documents.errors import DocumentError
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.services.vocabulary_csv import VocabularyImportError


def _exception_classes():
    for package in (reviewdesk.domain, reviewdesk.documents, reviewdesk.services):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for _name, value in inspect.getmembers(module, inspect.isclass):
                if issubclass(value, BaseException) and value.__module__ == module.__name__:
                    yield value


@pytest.mark.parametrize("error", sorted(set(_exception_classes()), key=lambda c: c.__qualname__),
                         ids=lambda c: c.__qualname__)
def test_every_core_exception_is_a_review_desk_error(error):
    assert issubclass(error, ReviewDeskError)


def test_errors_with_parts_keep_them_through_pickling():
    for error in (DocumentError("a.pdf", "empty"), VocabularyImportError("v.csv", ["line 2: bad", "line 3: worse"])):
        again = pickle.loads(pickle.dumps(error))
        assert str(again) == str(error) and type(again) is type(error)
    assert str(DocumentError("a.pdf", "empty")) == "a.pdf: empty"
