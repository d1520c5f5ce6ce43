# Sans consentement, on peut encore poser des questions sur les dispositifs.
> /start
> non
= information
> c'est payant le bilan de compétences ?
~ Le bilan de compétences
= information
