# « par téléphone au 06 12 34 56 78 » quand le lieu est demandé pour une demande de contact : le numéro est le
# contact, pas le département 06 (la demande partait à l'antenne de Marseille pour une salariée de n'importe où).
> /start
>> 1
> je suis salariée et je veux parler à un conseiller
= conseiller_lieu
> par téléphone au 06 12 34 56 78
!~ Marseille
!~ Provence-Alpes-Côte d'Azur
~ par téléphone au 06 12 34 56 78
