# Accord refusé, puis une personne demandée : ses contacts tout de suite ; s'il accepte finalement, la demande est faite aussitôt.
> /start
> non
= information
> je veux parler à un conseiller
~ Sans votre accord
~ Pour joindre
= information
>> 1
= conseiller_situation
