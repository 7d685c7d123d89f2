"""The variant letters, in the order of the README."""

from __future__ import annotations

import al_bra_11_2023
import al_fra_4_2022
import al_gbr_7_2020
import al_mex_7_2021
import al_oth_15_2022
import al_oth_41_2020
import al_sen_2_2020
import jal_dza_4_2016
import jal_ind_3_2012
import ol_prt_2_2024
import ol_slv_8_2021
import ua_chn_12_2023
import ua_gtm_3_2021
import ua_lbn_5_2015
import ua_syr_3_2014

VARIANTS = [
    ua_chn_12_2023.LETTER,
    al_fra_4_2022.LETTER,
    al_mex_7_2021.LETTER,
    ol_slv_8_2021.LETTER,
    ua_syr_3_2014.LETTER,
    al_oth_41_2020.LETTER,
    al_gbr_7_2020.LETTER,
    ua_lbn_5_2015.LETTER,
    jal_dza_4_2016.LETTER,
    ol_prt_2_2024.LETTER,
    al_oth_15_2022.LETTER,
    ua_gtm_3_2021.LETTER,
    al_bra_11_2023.LETTER,
    jal_ind_3_2012.LETTER,
    al_sen_2_2020.LETTER,
]
