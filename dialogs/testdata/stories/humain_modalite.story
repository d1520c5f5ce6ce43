# Une personne demandée à la question de la modalité, puis du contact : la demande, pas « je n'ai pas compris ».
> /start
>> 1
> je suis au chômage, j'ai 45 ans, j'habite à Lyon, pas de handicap
= cadre
>> 1
= recapitulatif
>> 1
= orientation
>> 1
= modalite
> je veux parler à un humain
!~ Je n'ai pas compris
= conseiller_contact
> 06 12 34 56 78
= conseiller_pause
~ votre demande de contact est enregistrée
~ par téléphone au 06 12 34 56 78
