package main

// prefectures gives, for each département, a town (its préfecture) and a
// plausible postal code, to build fictional addresses.
var prefectures = map[string][2]string{
	"01": {"Bourg-en-Bresse", "01000"}, "02": {"Laon", "02000"}, "03": {"Moulins", "03000"},
	"04": {"Digne-les-Bains", "04000"}, "05": {"Gap", "05000"}, "06": {"Nice", "06000"},
	"07": {"Privas", "07000"}, "08": {"Charleville-Mézières", "08000"}, "09": {"Foix", "09000"},
	"10": {"Troyes", "10000"}, "11": {"Carcassonne", "11000"}, "12": {"Rodez", "12000"},
	"13": {"Marseille", "13001"}, "14": {"Caen", "14000"}, "15": {"Aurillac", "15000"},
	"16": {"Angoulême", "16000"}, "17": {"La Rochelle", "17000"}, "18": {"Bourges", "18000"},
	"19": {"Tulle", "19000"}, "2A": {"Ajaccio", "20000"}, "2B": {"Bastia", "20200"},
	"21": {"Dijon", "21000"}, "22": {"Saint-Brieuc", "22000"}, "23": {"Guéret", "23000"},
	"24": {"Périgueux", "24000"}, "25": {"Besançon", "25000"}, "26": {"Valence", "26000"},
	"27": {"Évreux", "27000"}, "28": {"Chartres", "28000"}, "29": {"Quimper", "29000"},
	"30": {"Nîmes", "30000"}, "31": {"Toulouse", "31000"}, "32": {"Auch", "32000"},
	"33": {"Bordeaux", "33000"}, "34": {"Montpellier", "34000"}, "35": {"Rennes", "35000"},
	"36": {"Châteauroux", "36000"}, "37": {"Tours", "37000"}, "38": {"Grenoble", "38000"},
	"39": {"Lons-le-Saunier", "39000"}, "40": {"Mont-de-Marsan", "40000"}, "41": {"Blois", "41000"},
	"42": {"Saint-Étienne", "42000"}, "43": {"Le Puy-en-Velay", "43000"}, "44": {"Nantes", "44000"},
	"45": {"Orléans", "45000"}, "46": {"Cahors", "46000"}, "47": {"Agen", "47000"},
	"48": {"Mende", "48000"}, "49": {"Angers", "49000"}, "50": {"Saint-Lô", "50000"},
	"51": {"Châlons-en-Champagne", "51000"}, "52": {"Chaumont", "52000"}, "53": {"Laval", "53000"},
	"54": {"Nancy", "54000"}, "55": {"Bar-le-Duc", "55000"}, "56": {"Vannes", "56000"},
	"57": {"Metz", "57000"}, "58": {"Nevers", "58000"}, "59": {"Lille", "59000"},
	"60": {"Beauvais", "60000"}, "61": {"Alençon", "61000"}, "62": {"Arras", "62000"},
	"63": {"Clermont-Ferrand", "63000"}, "64": {"Pau", "64000"}, "65": {"Tarbes", "65000"},
	"66": {"Perpignan", "66000"}, "67": {"Strasbourg", "67000"}, "68": {"Colmar", "68000"},
	"69": {"Lyon", "69003"}, "70": {"Vesoul", "70000"}, "71": {"Mâcon", "71000"},
	"72": {"Le Mans", "72000"}, "73": {"Chambéry", "73000"}, "74": {"Annecy", "74000"},
	"75": {"Paris", "75011"}, "76": {"Rouen", "76000"}, "77": {"Melun", "77000"},
	"78": {"Versailles", "78000"}, "79": {"Niort", "79000"}, "80": {"Amiens", "80000"},
	"81": {"Albi", "81000"}, "82": {"Montauban", "82000"}, "83": {"Toulon", "83000"},
	"84": {"Avignon", "84000"}, "85": {"La Roche-sur-Yon", "85000"}, "86": {"Poitiers", "86000"},
	"87": {"Limoges", "87000"}, "88": {"Épinal", "88000"}, "89": {"Auxerre", "89000"},
	"90": {"Belfort", "90000"}, "91": {"Évry-Courcouronnes", "91000"}, "92": {"Nanterre", "92000"},
	"93": {"Bobigny", "93000"}, "94": {"Créteil", "94000"}, "95": {"Cergy", "95000"},
	"971": {"Basse-Terre", "97100"}, "972": {"Fort-de-France", "97200"}, "973": {"Cayenne", "97300"},
	"974": {"Saint-Denis", "97400"}, "976": {"Mamoudzou", "97600"},
}

// regionSeat is the département of each region's capital (INSEE region code).
var regionSeat = map[string]string{
	"84": "69", "27": "21", "53": "35", "24": "45", "94": "2A", "44": "67", "32": "59",
	"11": "75", "28": "76", "75": "33", "76": "31", "52": "44", "93": "13",
	"01": "971", "02": "972", "03": "973", "04": "974", "06": "976",
}

// regionSlug gives short ids for the regions.
var regionSlug = map[string]string{
	"84": "ara", "27": "bfc", "53": "bretagne", "24": "cvl", "94": "corse", "44": "grandest",
	"32": "hdf", "11": "idf", "28": "normandie", "75": "na", "76": "occitanie", "52": "pdl",
	"93": "paca", "01": "guadeloupe", "02": "martinique", "03": "guyane", "04": "reunion", "06": "mayotte",
}

var streets = []string{
	"rue des Tilleuls", "avenue de la République", "rue Jean-Jaurès", "boulevard Victor-Hugo",
	"rue du Moulin", "place de la Gare", "rue des Écoles", "allée des Peupliers", "rue Pasteur",
	"quai des Mariniers", "rue de la Liberté", "avenue des Acacias", "rue du Stade", "impasse des Lilas",
	"rue de l'Industrie", "cours Gambetta", "rue des Artisans", "avenue du Général-Leclerc",
}

var quarters = []string{"Centre", "Gare", "Les Tilleuls", "Rive Gauche", "Les Acacias", "Hôtel de Ville", "Le Parc", "Les Prés"}

var firstNames = []string{
	"Camille", "Dominique", "Claude", "Sacha", "Alix", "Morgane", "Yannick", "Maël", "Inès", "Karim",
	"Léa", "Hugo", "Nadia", "Thomas", "Sophie", "Julien", "Amina", "Pierre", "Chloé", "Mehdi",
	"Élodie", "Bastien", "Fatou", "Nicolas", "Aurélie", "Romain", "Lucie", "Samir", "Hélène", "Gaël",
	"Manon", "Olivier", "Salomé", "Jérôme", "Yasmine", "Antoine", "Marion", "Loïc", "Rose", "Éric",
}

var lastNames = []string{
	"Fictif", "Exemple", "Lambert-Démo", "Ardoise", "Belleville", "Carrouge", "Delorme", "Estienne",
	"Fayolle", "Garnier-Test", "Hautecoeur", "Isambert", "Jolivet", "Kerbrat", "Lemoine", "Marchetti",
	"Nivelle", "Ollivier", "Perrochon", "Quenneville", "Roussel", "Saulnier", "Tessier", "Urvoy",
	"Vallette", "Wattier", "Ximenès", "Yvinec", "Zimmer", "Abadie", "Bouvier", "Chassagne",
}

// academies lists the académies of the regions that have several (code de
// l'éducation D222-2 and its annex; Normandie is one académie since 2020).
// The first département of an entry with no town is its region's seat: its
// rectorat is the region's entry, narrowed to these départements. The others
// get their own entry in their seat town.
var academies = []struct {
	slug, name string
	town       [2]string
	deps       []string
}{
	{"lyon", "Lyon", [2]string{}, []string{"69", "01", "42"}},
	{"grenoble", "Grenoble", [2]string{"Grenoble", "38000"}, []string{"38", "07", "26", "73", "74"}},
	{"clermont-ferrand", "Clermont-Ferrand", [2]string{"Clermont-Ferrand", "63000"}, []string{"63", "03", "15", "43"}},
	{"dijon", "Dijon", [2]string{}, []string{"21", "58", "71", "89"}},
	{"besancon", "Besançon", [2]string{"Besançon", "25000"}, []string{"25", "39", "70", "90"}},
	{"strasbourg", "Strasbourg", [2]string{}, []string{"67", "68"}},
	{"nancy-metz", "Nancy-Metz", [2]string{"Nancy", "54000"}, []string{"54", "55", "57", "88"}},
	{"reims", "Reims", [2]string{"Reims", "51100"}, []string{"51", "08", "10", "52"}},
	{"lille", "Lille", [2]string{}, []string{"59", "62"}},
	{"amiens", "Amiens", [2]string{"Amiens", "80000"}, []string{"80", "02", "60"}},
	{"paris", "Paris", [2]string{}, []string{"75"}},
	{"creteil", "Créteil", [2]string{"Créteil", "94000"}, []string{"94", "77", "93"}},
	{"versailles", "Versailles", [2]string{"Versailles", "78000"}, []string{"78", "91", "92", "95"}},
	{"bordeaux", "Bordeaux", [2]string{}, []string{"33", "24", "40", "47", "64"}},
	{"poitiers", "Poitiers", [2]string{"Poitiers", "86000"}, []string{"86", "16", "17", "79"}},
	{"limoges", "Limoges", [2]string{"Limoges", "87000"}, []string{"87", "19", "23"}},
	{"toulouse", "Toulouse", [2]string{}, []string{"31", "09", "12", "32", "46", "65", "81", "82"}},
	{"montpellier", "Montpellier", [2]string{"Montpellier", "34000"}, []string{"34", "11", "30", "48", "66"}},
	{"aix-marseille", "Aix-Marseille", [2]string{}, []string{"13", "04", "05", "84"}},
	{"nice", "Nice", [2]string{"Nice", "06000"}, []string{"06", "83"}},
}
