"""The variant letters, in the order of the README."""

from __future__ import annotations

import al_fra_4_2022
import al_gbr_7_2020
import al_mex_7_2021
import al_oth_41_2020
import ol_slv_8_2021
import ua_chn_12_2023
import ua_syr_3_2014

VARIANTS = [
    ua_chn_12_2023.LETTER,  # 1 (and 8: its flattened TXT copy)
    al_fra_4_2022.LETTER,  # 2
    al_mex_7_2021.LETTER,  # 3
    ol_slv_8_2021.LETTER,  # 4
    ua_syr_3_2014.LETTER,  # 5
    al_oth_41_2020.LETTER,  # 6
    al_gbr_7_2020.LETTER,  # 7
]
