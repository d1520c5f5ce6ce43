# Une personne demandée, l'opérateur dépend du lieu : le lieu demandé une fois ; « passer » laisse l'accueil général.
> /start
>> 1
> je suis salariée et je veux parler à un conseiller
= conseiller_lieu
> passer
= conseiller_contact
>> 3
= conseiller_pause
~ votre demande de contact est enregistrée
