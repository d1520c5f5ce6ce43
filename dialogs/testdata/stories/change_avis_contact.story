# Quelqu'un qui change d'avis à chaque étape : la modalité changée à la question du contact ou à la
# confirmation, le moyen de contact changé à la question de l'adresse ou à la confirmation ; jamais
# « je n'ai pas compris », et « non … » à la confirmation ne reprend pas les créneaux.
> /start
>> 1
> je suis salarié dans le BTP à Lyon, 42 ans
>> 1
>> 1
>> 1
>> 1
= modalite
>> 2
>> 2
= contact
~ Pour la visio
> non finalement sur place
= contact
~ C'est noté : le rendez-vous se fera sur place.
~ Comment le conseiller peut-il vous joindre si besoin ?
>> 1
= confirmation
> en fait par mail
= coordonnees
~ Quelle est votre adresse e-mail ?
> non par téléphone plutôt
= coordonnees
~ Quel est votre numéro de téléphone ?
> 0611223344
= confirmation
~ sur place
~ 06 11 22 33 44
> non plutôt en visio
= confirmation
~ C'est noté : le rendez-vous se fera en visio.
~ en visio
~ Le lien de la visio vous sera envoyé à 06 11 22 33 44.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
= confirmation
> non par téléphone
= coordonnees
~ C'est noté : le rendez-vous se fera par téléphone.
~ Quel est votre numéro de téléphone ?
> 06 12 34 56 78
= confirmation
~ Le conseiller vous appellera au 06 12 34 56 78.
# « je confirme, … mail … » confirme : un oui n'est pas un changement de contact.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
= confirmation
> je confirme, vous pouvez aussi m'envoyer un mail
= suivi
