# « oui, j'ai 25 ans et je suis au chômage à Blois » à la question de l'accord : l'accord est donné dans le message même, la situation est lue — avant, elle était perdue et « Décrivez votre situation » demandait ce qui venait d'être écrit.
> bonjour
= consentement
> oui, j'ai 25 ans et je suis au chômage à Blois
!~ Décrivez votre situation
= recapitulatif
~ Âge : 25 ans
~ Lieu : Blois (Loir-et-Cher, 41)
