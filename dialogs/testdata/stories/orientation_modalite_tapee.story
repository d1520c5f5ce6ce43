# La façon de rencontrer le conseiller écrite dès l'orientation (« rdv en visio », « je voudrais un rdv par
# téléphone mardi après-midi ») : elle n'est pas redemandée, les créneaux suivent ; une façon que l'agence
# ne propose pas est dite, puis la question est posée.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
= orientation
> rdv en visio
= creneau
~ le rendez-vous se fera en visio
!~ Comment souhaitez-vous rencontrer
>> 1
= contact
~ Pour la visio
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
> je voudrais un rdv par téléphone mardi après-midi
= creneau
~ le rendez-vous se fera par téléphone
~ Voici les prochains créneaux libres le mardi après-midi :
~ 1. Mardi 1er décembre à 13 h
!~ 10 h 45
> /start
>> 1
> Je cherche du travail, 24 ans, à Rennes
>> 1
= orientation
> rdv en visio
= modalite
~ Cette agence ne propose pas de rendez-vous en visio.
~ Comment souhaitez-vous rencontrer
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
> pas de rdv pour l'instant
= orientation
