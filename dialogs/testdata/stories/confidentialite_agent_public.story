# « Je ne veux pas que mon employeur soit au courant » : la réponse dit quoi faire à un agent public.
> bonjour
= consentement
>> 1
> Je suis professeure des écoles, 46 ans, j'habite à Limoges, je voudrais me reconvertir.
= recapitulatif
> je ne veux pas que mon employeur soit au courant, c'est possible ?
= recapitulatif
~ Agent public : le conseil proposé par votre administration passe par elle
# only the alternatives open to her (46, no RQTH, not cadre: row 1)
~ adressez-vous à Cap emploi (avec une RQTH) ou à France Travail.
!~ Mission locale
>> 1
= orientation
~ conseiller RH de proximité de votre académie
