namespace Regie.Domain.Gedeeld;

public static class Werkdagen
{
    /// <summary>Whole working days (Monday to Friday) that have passed from <paramref name="van"/> to <paramref name="tot"/>.
    /// Public holidays are not counted out: the region configures the number of days with that in mind.</summary>
    public static int Tussen(DateOnly van, DateOnly tot)
    {
        var dagen = 0;
        for (var dag = van.AddDays(1); dag <= tot; dag = dag.AddDays(1))
        {
            if (dag.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) dagen++;
        }
        return dagen;
    }
}
