# Le lieu de travail n'est pas le domicile : il est demandé, en disant pourquoi.
> bonjour
= consentement
>> 1
> Je suis secrétaire administrative à la préfecture du Nord, fonctionnaire, 50 ans, je voudrais changer de ministère.
= lieu
~ Vous m'avez indiqué où vous travaillez (Nord, 59). Et où habitez-vous ?
> j'habite à Arras
= recapitulatif
~ Arras
~ agent public
>> 1
= orientation
~ conseiller mobilité-carrière
