"""Colour-vision-deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1.0) and CIELAB.

The matrices act on linear RGB. Used by test_map_palettes.py to check the shipped map colours.
"""

import itertools
import math

MACHADO_2009 = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def to_linear(channel):
    c = channel / 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def hex_to_linear(colour):
    colour = colour.lstrip("#")
    return tuple(to_linear(int(colour[i:i + 2], 16)) for i in (0, 2, 4))


def simulate(linear_rgb, deficiency):
    if deficiency == "normal":
        return linear_rgb
    matrix = MACHADO_2009[deficiency]
    return tuple(min(1.0, max(0.0, sum(m * c for m, c in zip(row, linear_rgb)))) for row in matrix)


def lab(linear_rgb):
    """CIELAB (D65) of a linear sRGB triple."""
    r, g, b = linear_rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def min_distance(colours, deficiency):
    """Smallest CIE76 ΔE between any two colours as seen with ``deficiency`` ('normal' or a key above)."""
    points = {name: lab(simulate(hex_to_linear(c), deficiency)) for name, c in colours.items()}
    return min(
        (math.dist(points[a], points[b]), a, b) for a, b in itertools.combinations(points, 2)
    )
