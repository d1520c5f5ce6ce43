# Une demande de conseiller d'une personne de 20 ans dont la situation est inconnue : la Mission locale, dite comme on la dit.
> /start
>> 1
> j'ai 20 ans et j'habite à Rouen
> vous pouvez m'appeler ? 07 81 22 33 44
= conseiller_pause
~ Un conseiller de la Mission locale de Rouen et environs vous recontactera par téléphone au 07 81 22 33 44
