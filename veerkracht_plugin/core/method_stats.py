"""Population-weighted statistics over the reference set R (method.md section 1), for :mod:`.method`.

Pure numpy/pandas. :mod:`.method` re-exports ``weighted_mean``, ``weighted_sd`` and ``weighted_terciles``.
"""

from __future__ import annotations

import bisect

from .lazy import lazy_module
from .messages import N_, Message

np = lazy_module("numpy")  # imported on first use: see core/lazy.py
pd = lazy_module("pandas")

_ZERO = 1e-12  # relative tolerance below which a standard deviation counts as 0


def weighted_mean(x, w):
    return float(np.sum(w * x) / np.sum(w))


def weighted_sd(x, w):
    """Population-weighted standard deviation sqrt(Σw(x−μ)²/Σw)."""
    mu = weighted_mean(x, w)
    return float(np.sqrt(np.sum(w * (x - mu) ** 2) / np.sum(w)))


def is_zero(sd, x):
    scale = float(np.max(np.abs(x))) if len(x) else 0.0
    return sd <= _ZERO * max(1.0, scale)


def weighted_terciles(values, codes, weights):
    """Population-weighted terciles 1..3 (method.md focus rule).

    Sort ascending by value, ties by code; a buurt whose cumulative population share, itself included,
    is <= 1/3 gets 1, <= 2/3 gets 2, otherwise 3. Returns an int array in the input order.
    """
    values = np.asarray(values, dtype=float)
    weights = np.asarray(weights, dtype=float)
    codes = np.asarray(codes, dtype=object)
    order = np.lexsort((codes.astype(str), values))
    cumulative = np.cumsum(weights[order])
    total = cumulative[-1] if len(cumulative) else 0.0
    tolerance = 1e-12 * max(total, 1.0)
    classes_sorted = np.where(
        3 * cumulative <= total + tolerance, 1, np.where(3 * cumulative <= 2 * total + tolerance, 2, 3)
    )
    result = np.empty(len(values), dtype=int)
    result[order] = classes_sorted
    return result


def tercile_outside(values, codes, ref_values, ref_codes, ref_classes):
    """Tercile for buurten outside R: that of the first R buurt sorting at or after them, else 3."""
    order = np.lexsort((np.asarray(ref_codes, dtype=str), ref_values))
    keys = list(zip(np.asarray(ref_values)[order], np.asarray(ref_codes, dtype=str)[order]))
    sorted_classes = np.asarray(ref_classes)[order]
    out = np.empty(len(values), dtype=int)
    for i, key in enumerate(zip(values, np.asarray(codes, dtype=str))):
        position = bisect.bisect_left(keys, key)
        out[i] = sorted_classes[position] if position < len(keys) else 3
    return out


def composite(values, weights, in_ref, w_ref, names, warnings, centre):
    """Σ_i w_i·(x_i − [μ_i])/σ_i / Σ_i w_i with μ, σ population-weighted over R (σ = 0 -> contributes 0)."""
    total = np.zeros(values.shape[0])
    for i in range(values.shape[1]):
        x_ref = values[in_ref, i]
        sd = weighted_sd(x_ref, w_ref)
        if is_zero(sd, x_ref):
            template = (
                N_(
                    "The level of indicator '{field}' is the same in all reference buurten (σ = 0); "
                    "it contributes 0 to the level."
                )
                if centre
                else N_(
                    "The change of indicator '{field}' is the same in all reference buurten (σ = 0); "
                    "it contributes 0 to the change."
                )
            )
            warnings.append(Message(template, field=names[i]))
            continue
        mu = weighted_mean(x_ref, w_ref) if centre else 0.0
        total = total + weights[i] * (values[:, i] - mu) / sd
    return total / float(np.sum(weights))


def focus_classes(codes, valid, in_ref, pop, k_level, p_level):
    """vk_focus 1..9: the weighted tercile of the K level (row) and of the P level (column) over R."""
    rows = np.zeros(len(codes), dtype=int)
    cols = np.zeros(len(codes), dtype=int)
    outside = valid & ~in_ref
    for levels, target in ((k_level, rows), (p_level, cols)):
        ref_classes = weighted_terciles(levels[in_ref], codes[in_ref], pop[in_ref])
        target[in_ref] = ref_classes
        if outside.any():
            target[outside] = tercile_outside(
                levels[outside], codes[outside], levels[in_ref], codes[in_ref], ref_classes
            )
    focus = (rows - 1) * 3 + cols
    return pd.array(np.where(valid, focus, None).tolist(), dtype="Int64")
