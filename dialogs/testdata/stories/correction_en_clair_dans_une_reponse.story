# Une réponse à une question qui apporte aussi une correction (« non je suis fonctionnaire ») : la réponse et la correction sont gardées.
> bonjour
= consentement
>> 1
> Je suis aide-soignante dans une clinique privée à Bordeaux, 44 ans, j'habite à Bordeaux
= handicap
> non
= cadre
> non
= recapitulatif
~ salarié(e) du privé
>> 2
= correction
> handicap
= handicap
> non je suis fonctionnaire
~ C'est noté.
= branche
> hospitalière
= recapitulatif
~ Situation : agent public
~ Handicap reconnu : non
!~ salarié(e) du privé
