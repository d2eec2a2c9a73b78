"""The two readings of fitting a guard: `Guard.fit(model, data, target, level, **settings)`
makes a guard and fits it in one call (the library's contract), and `guard.fit(data, ...)` fits
a guard already made with its settings (scikit-learn's form, returning the guard)."""
from __future__ import annotations

from typing import Any, Callable


class FitMethod:
    """`Guard.fit(model, data, target, level, **settings)` makes a guard and fits it;
    `guard.fit(data, ...)` fits this one (scikit-learn's form)."""

    def __init__(self, method: Callable, run_args: tuple[str, ...]) -> None:
        self.method, self.run_args, self.__doc__ = method, run_args, method.__doc__

    def __get__(self, guard: Any, cls: type) -> Callable:
        if guard is not None:
            return lambda *args, **kwargs: self.method(guard, *args, **kwargs)

        def make_and_fit(model: Any, data: Any, target_hallucination: float | None = None,
                         confidence_level: float | None = None, **kwargs: Any) -> Any:
            run = {k: kwargs.pop(k) for k in self.run_args if k in kwargs}
            return self.method(cls(model, target_hallucination=target_hallucination,
                                   confidence_level=confidence_level, **kwargs), data, **run)
        make_and_fit.__doc__ = self.method.__doc__
        return make_and_fit
