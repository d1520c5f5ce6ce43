# In English, « actually I'm 54 » at the recap and « I moved to Blois » later correct the facts; « the second one » picks a slot.
> hello
= consentement
>> 1
> I'm unemployed, 45, living in Tours, no disability, not a manager
= recapitulatif
> actually I'm 54
= recapitulatif
~ Noted.
~ 54 years old
~ Corrected by you: age.
>> 1
= orientation
>> 1
= modalite
> by phone
= creneau
> actually I moved to Blois
= recapitulatif
~ Blois
>> 1
= orientation
>> 1
= modalite
>> 2
= creneau
> the second one
= contact
